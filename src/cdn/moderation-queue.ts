// Self-contained bundle for a clinic's staff page: the provider (which says where the server is) and the
// moderation queue, nothing a visitor's page needs.
import '../core/provider/define.js';
import '../components/moderation-queue/define.js';
