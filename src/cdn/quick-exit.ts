// Self-contained bundle for a page that only wants the quick exit button and shortcut.
import '../components/quick-exit/define.js';
