import "server-only";
import { ActionError } from "@/lib/forms/errors";
import type { FounderEntry, RoundEntry } from "@/lib/validation/entries";
import type { Locale } from "@/lib/i18n/locales";
import type { EntityKey } from "@/lib/validation/form-spec";
import type { Tx } from "./delegates";
import { employments } from "./entities/employments";
import { foundings } from "./entities/foundings";
import { fundingRounds } from "./entities/funding-rounds";
import { investments } from "./entities/investments";
import { people } from "./entities/people";
import type { RecordChange } from "./history";
import { createRecord, type WriteResult } from "./write";

/** What an entry wrote: its main record (the founding, the round), and every public path and kind it touched. */
export type EntryResult = WriteResult & { kinds: EntityKey[]; label: string };

/**
 * Runs one record's write of an entry; a refusal of one of its fields ("organizationId is already an
 * investor") is named as the entry's form names it ("investors.1.organizationId").
 */
async function asPart<T>(path: string, write: () => Promise<T>, entryFields: string[] = []): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ActionError) || Object.keys(error.fieldErrors).length === 0) throw error;
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, messages]) => [
        // Source errors are already named by the entry's source blocks.
        field.startsWith("sources.") || entryFields.includes(field) ? field : `${path}${field}`,
        messages,
      ]),
    );
    throw new ActionError(error.message, fieldErrors);
  }
}

const pathsOf = (results: WriteResult[]) => [...new Set(results.flatMap((result) => result.paths))];

/**
 * A founder from the start-up's page, in one transaction: the person (when new), the founding and
 * each Alibaba job, each written by its own entity (checks, history, citations) as its own form would.
 * Any refusal throws, and the caller's transaction leaves nothing behind.
 */
export async function addFounderEntry(
  tx: Tx,
  entry: FounderEntry,
  record: RecordChange,
  locale: Locale = "en",
): Promise<EntryResult> {
  const written: WriteResult[] = [];
  let personId: number;
  if ("create" in entry.person) {
    const { input, citations } = entry.person.create;
    const person = await asPart("person.", () =>
      createRecord(tx, people, people.prepare(input), record, { citations }),
    );
    written.push(person);
    personId = person.id;
  } else {
    personId = entry.person.id;
  }
  // The founding's person and start-up are the entry's own fields ("is already recorded as a founder").
  const founding = await asPart(
    "founding.",
    () =>
      createRecord(
        tx,
        foundings,
        foundings.prepare({ ...entry.founding.input, startupId: entry.startupId, personId }),
        record,
        { citations: entry.founding.citations },
      ),
    ["personId", "startupId"],
  );
  written.push(founding);
  for (const [i, job] of entry.jobs.entries()) {
    written.push(
      await asPart(`jobs.${i}.`, () =>
        createRecord(tx, employments, employments.prepare({ ...job.input, personId }), record, {
          citations: job.citations,
        }),
      ),
    );
  }
  return {
    ...founding,
    paths: pathsOf(written),
    kinds: ["people", "foundings", "employments"],
    label: foundings.display(founding.row, locale),
  };
}

/** A round from the start-up's page with all its investors, in one transaction. */
export async function addRoundEntry(
  tx: Tx,
  entry: RoundEntry,
  record: RecordChange,
  locale: Locale = "en",
): Promise<EntryResult> {
  const round = await asPart(
    "round.",
    () =>
      createRecord(tx, fundingRounds, fundingRounds.prepare(entry.round.input), record, {
        citations: entry.round.citations,
      }),
    ["startupId"],
  );
  const written: WriteResult[] = [round];
  for (const [i, investor] of entry.investors.entries()) {
    written.push(
      await asPart(`investors.${i}.`, () =>
        createRecord(tx, investments, investments.prepare({ ...investor.input, roundId: round.id }), record, {
          citations: investor.citations,
        }),
      ),
    );
  }
  return {
    ...round,
    paths: pathsOf(written),
    kinds: ["funding-rounds", "investments"],
    label: fundingRounds.display(round.row, locale),
  };
}
