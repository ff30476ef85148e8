import { Sector, type FoundingRole, type FundingStage, type StartupStatus } from "./generated/prisma/enums";

/** Whether a stored or typed value is one of the sectors (raw SQL returns enums as text). */
export function isSector(value: string): value is Sector {
  return Object.values(Sector).some((sector) => sector === value);
}

/** How the data model's enum values read on a page. Kept in one place so filters, tables and CSV agree. */
export const SECTOR_LABELS: Record<Sector, string> = {
  AI_HARDWARE: "AI hardware",
  LLM_FOUNDATION_MODELS: "LLMs and foundation models",
  AI_INFRASTRUCTURE: "AI infrastructure",
  COMPUTER_VISION: "Computer vision",
  ROBOTICS: "Robotics",
  AUTONOMOUS_DRIVING: "Autonomous driving",
  AI_AGENTS: "AI agents",
  AI_APPLICATIONS: "AI applications",
  AIOT: "AIoT",
  AI_RISK_AND_FINANCE: "AI for risk and finance",
  AI_COMMERCE: "AI for commerce",
};

export const STATUS_LABELS: Record<StartupStatus, string> = {
  ACTIVE: "Active",
  ACQUIRED: "Acquired",
  LISTED: "Listed",
  CLOSED: "Closed",
};

export const STAGE_LABELS: Record<FundingStage, string> = {
  ANGEL: "Angel",
  SEED: "Seed",
  PRE_A: "Pre-A",
  SERIES_A: "Series A",
  SERIES_A_PLUS: "Series A+",
  PRE_B: "Pre-B",
  SERIES_B: "Series B",
  SERIES_B_PLUS: "Series B+",
  SERIES_C: "Series C",
  SERIES_C_PLUS: "Series C+",
  SERIES_D: "Series D",
  SERIES_E: "Series E",
  LATER: "Later stage",
  PRE_IPO: "Pre-IPO",
  IPO: "IPO",
  STRATEGIC: "Strategic",
  UNDISCLOSED: "Stage not disclosed",
};

export const FOUNDING_ROLE_LABELS: Record<FoundingRole, string> = {
  FOUNDER: "Founder",
  CO_FOUNDER: "Co-founder",
  FOUNDING_TEAM: "Founding team",
};
