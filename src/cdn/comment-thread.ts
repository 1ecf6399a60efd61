// Self-contained bundle for an article page: the thread, its count badges, and the provider that says
// where the backend is. Crisis help for a writer at risk loads as its own chunk when they start writing.
import '../core/provider/define.js';
import '../components/comment-thread/define.js';
