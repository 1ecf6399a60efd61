// The demo's only script of its own: a language switch (?lang=es, ?lang=fr) for trying the widgets in Spanish or
// French.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  document.documentElement.lang = lang;
  document.querySelectorAll('peer-support-provider').forEach((provider) => provider.setAttribute('locale', lang));
  document.querySelectorAll('a[data-keep-lang]').forEach((link) => {
    const url = new URL(link.href);
    url.searchParams.set('lang', lang);
    link.href = url.toString();
  });
}
document.querySelectorAll('a[data-language]').forEach((link) => {
  if (link.lang === (lang || 'en')) link.setAttribute('aria-current', 'true');
});
