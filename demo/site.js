// The demo's only script of its own: a language switch (?lang=es) for trying the widgets in Spanish.
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
