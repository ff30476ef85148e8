// ALTCHA's translation files register their words with the widget when imported and export nothing;
// the package declares types for a few of them only.
declare module "altcha/i18n/zh-cn";
