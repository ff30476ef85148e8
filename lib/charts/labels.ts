import { FundingStage, Sector } from "../generated/prisma/enums";

/** Reader-facing names of the sectors, in the order charts and menus list them. */
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

export const SECTORS = Object.values(Sector) as Sector[];

/** Sectors appear in URLs in kebab case (?sector=computer-vision), which reads better than the enum. */
export function sectorToParam(sector: Sector): string {
  return sector.toLowerCase().replaceAll("_", "-");
}

export function sectorFromParam(param: string): Sector | null {
  const candidate = param.toUpperCase().replaceAll("-", "_");
  return (SECTORS as string[]).includes(candidate) ? (candidate as Sector) : null;
}

export const FUNDING_STAGE_LABELS: Record<FundingStage, string> = {
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

export type { FundingStage, Sector };
