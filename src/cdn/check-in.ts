// Self-contained bundle for a check-in page: the form and the provider that says where the backend is.
// Crisis help, the validated scales, the progress chart and the downloads are chunks of their own.
import '../core/provider/define.js';
import '../components/check-in/define.js';
