import { API_BASE, type Links } from "./schemas";

// Where each kind of record lives: in the API (self) and on the public site (html).

export const startupLinks = (slug: string): Links => ({
  self: `${API_BASE}/startups/${slug}`,
  html: `/startups/${slug}`,
});
export const personLinks = (slug: string): Links => ({ self: `${API_BASE}/people/${slug}`, html: `/founders/${slug}` });
export const cityLinks = (slug: string): Links => ({ self: `${API_BASE}/cities/${slug}`, html: `/cities/${slug}` });
export const organizationLinks = (slug: string, kind: string): Links => ({
  self: `${API_BASE}/organizations/${slug}`,
  html: kind === "ALIBABA_UNIT" ? `/units/${slug}` : `/investors/${slug}`,
});
export const fundingRoundLinks = (id: number): Links => ({ self: `${API_BASE}/funding-rounds/${id}`, html: null });
export const foundingLinks = (id: number): Links => ({ self: `${API_BASE}/foundings/${id}`, html: null });
export const employmentLinks = (id: number): Links => ({ self: `${API_BASE}/employments/${id}`, html: null });
export const sourceLinks = (id: number): Links => ({ self: `${API_BASE}/sources/${id}`, html: null });
export const citationLinks = (id: number): Links => ({ self: `${API_BASE}/citations/${id}`, html: null });
export const reportedFigureLinks = (slug: string): Links => ({
  self: `${API_BASE}/reported-figures/${slug}`,
  html: `/reported-figures#${slug}`,
});
