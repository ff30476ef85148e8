// Every interface string, one file per part of the site and language. English is the reference:
// its files give the keys their types (global.d.ts) and a unit test checks that 中文 has each key.
// Records' own text (descriptions, notes) is data, not a message, and stays as written.
import enCommon from "./messages/en/common.json";
import enHome from "./messages/en/home.json";
import enStartups from "./messages/en/startups.json";
import enFounders from "./messages/en/founders.json";
import enInvestors from "./messages/en/investors.json";
import enUnits from "./messages/en/units.json";
import enCities from "./messages/en/cities.json";
import enLists from "./messages/en/lists.json";
import enCharts from "./messages/en/charts.json";
import enEmbed from "./messages/en/embed.json";
import enChartFigure from "./messages/en/chartFigure.json";
import enSearch from "./messages/en/search.json";
import enData from "./messages/en/data.json";
import enNetwork from "./messages/en/network.json";
import enReported from "./messages/en/reported.json";
import enSuggest from "./messages/en/suggest.json";
import enSources from "./messages/en/sources.json";
import enAsOf from "./messages/en/asOf.json";
import enFormat from "./messages/en/format.json";
import enErrors from "./messages/en/errors.json";
import enAdmin from "./messages/en/admin.json";
import enAdminForms from "./messages/en/adminForms.json";
import enSignIn from "./messages/en/signIn.json";
import zhCommon from "./messages/zh/common.json";
import zhHome from "./messages/zh/home.json";
import zhStartups from "./messages/zh/startups.json";
import zhFounders from "./messages/zh/founders.json";
import zhInvestors from "./messages/zh/investors.json";
import zhUnits from "./messages/zh/units.json";
import zhCities from "./messages/zh/cities.json";
import zhLists from "./messages/zh/lists.json";
import zhCharts from "./messages/zh/charts.json";
import zhEmbed from "./messages/zh/embed.json";
import zhChartFigure from "./messages/zh/chartFigure.json";
import zhSearch from "./messages/zh/search.json";
import zhData from "./messages/zh/data.json";
import zhNetwork from "./messages/zh/network.json";
import zhReported from "./messages/zh/reported.json";
import zhSuggest from "./messages/zh/suggest.json";
import zhSources from "./messages/zh/sources.json";
import zhAsOf from "./messages/zh/asOf.json";
import zhFormat from "./messages/zh/format.json";
import zhErrors from "./messages/zh/errors.json";
import zhAdmin from "./messages/zh/admin.json";
import zhAdminForms from "./messages/zh/adminForms.json";
import zhSignIn from "./messages/zh/signIn.json";
import type { Locale } from "./locales";

const en = {
  common: enCommon,
  home: enHome,
  startups: enStartups,
  founders: enFounders,
  investors: enInvestors,
  units: enUnits,
  cities: enCities,
  lists: enLists,
  charts: enCharts,
  embed: enEmbed,
  chartFigure: enChartFigure,
  search: enSearch,
  data: enData,
  network: enNetwork,
  reported: enReported,
  suggest: enSuggest,
  sources: enSources,
  asOf: enAsOf,
  format: enFormat,
  errors: enErrors,
  admin: enAdmin,
  adminForms: enAdminForms,
  signIn: enSignIn,
};
const zh = {
  common: zhCommon,
  home: zhHome,
  startups: zhStartups,
  founders: zhFounders,
  investors: zhInvestors,
  units: zhUnits,
  cities: zhCities,
  lists: zhLists,
  charts: zhCharts,
  embed: zhEmbed,
  chartFigure: zhChartFigure,
  search: zhSearch,
  data: zhData,
  network: zhNetwork,
  reported: zhReported,
  suggest: zhSuggest,
  sources: zhSources,
  asOf: zhAsOf,
  format: zhFormat,
  errors: zhErrors,
  admin: zhAdmin,
  adminForms: zhAdminForms,
  signIn: zhSignIn,
};

/** The messages of the English interface: the shape every locale has. */
export type Messages = typeof en;
export type Namespace = keyof Messages;

export const messages: Record<Locale, Messages> = { en, zh: zh as Messages };
