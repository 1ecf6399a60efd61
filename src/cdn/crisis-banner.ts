// Self-contained bundle for a page that only wants the banner (with its quick exit). It shows the shipped
// lines with no configuration; pages that also want a backend or other widgets load peer-support.js.
import '../components/crisis-banner/define.js';
