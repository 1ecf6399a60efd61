// Self-contained bundle for a page that only wants the group finder. With a `feed` attribute it needs no
// backend; pages that also want a backend or other widgets load peer-support.js.
import '../components/group-finder/define.js';
