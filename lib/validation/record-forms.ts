import { cityForm } from "./city";
import { citationForm } from "./citation";
import { employmentForm } from "./employment";
import { exchangeRateForm } from "./exchange-rate";
import type { EntityKey, FormDefinition } from "./form-spec";
import { foundingForm } from "./founding";
import { fundingRoundForm } from "./funding-round";
import { investmentForm } from "./investment";
import { organizationForm } from "./organization";
import { personForm } from "./person";
import { reportedFigureForm } from "./reported-figure";
import { sourceForm } from "./source";
import { startupForm } from "./startup";

/** Every record form by entity: the browser validates with these before sending, the server again after. */
export const recordForms: Record<EntityKey, FormDefinition> = {
  startups: startupForm,
  people: personForm,
  cities: cityForm,
  organizations: organizationForm,
  employments: employmentForm,
  foundings: foundingForm,
  "funding-rounds": fundingRoundForm,
  investments: investmentForm,
  sources: sourceForm,
  citations: citationForm,
  "reported-figures": reportedFigureForm,
  "exchange-rates": exchangeRateForm,
};
