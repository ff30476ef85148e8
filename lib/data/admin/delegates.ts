import "server-only";
import type { AppTransaction } from "@/lib/db/connection";

export type Tx = AppTransaction;
export type Row = { id: number; version: number; deletedAt: Date | null; updatedAt: Date } & Record<string, unknown>;
type Where = Record<string, unknown>;

/** The delegate methods the generic editor uses, shared by every record model. */
export type LooseDelegate = {
  findUnique(args: { where: { id: number }; include?: Where }): Promise<Row | null>;
  findFirst(args: { where: Where; select?: Where; include?: Where; orderBy?: Where | Where[] }): Promise<Row | null>;
  findMany(args: {
    where?: Where;
    select?: Where;
    include?: Where;
    orderBy?: Where | Where[];
    take?: number;
    skip?: number;
  }): Promise<Row[]>;
  create(args: { data: Where }): Promise<Row>;
  updateMany(args: { where: Where; data: Where }): Promise<{ count: number }>;
  count(args: { where?: Where }): Promise<number>;
};

export type ModelName =
  | "city"
  | "startup"
  | "person"
  | "organization"
  | "employment"
  | "founding"
  | "fundingRound"
  | "investment"
  | "source"
  | "citation"
  | "reportedFigure"
  | "exchangeRate";

/**
 * One model's delegate, seen through the methods every record model shares. This is the admin's one
 * assertion: Prisma gives each model its own delegate type, and the generic editor treats them alike.
 * Entities read a row's fields through their own zod views, never through this type.
 */
export function delegateOf(db: Pick<Tx, ModelName>, model: ModelName): LooseDelegate {
  return db[model] as unknown as LooseDelegate;
}
