import "server-only";
import type { AppTransaction } from "@/lib/db/connection";

export type Tx = AppTransaction;
export type Row = { id: number; version: number; deletedAt: Date | null } & Record<string, unknown>;
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
  | "reportedFigure";

export function delegateOf(tx: Tx, model: ModelName): LooseDelegate {
  return tx[model] as unknown as LooseDelegate;
}
