import "server-only";
import { getPrisma } from "@/lib/db";
import type { CitationRecordType } from "@/lib/generated/prisma/enums";
import { httpUrlOrNull } from "@/lib/urls";
import { formatIsoDate } from "@/lib/format/dates";

export type RecordRef = { recordType: CitationRecordType; recordId: number };

export type SourceView = {
  /** The footnote number on this page, from 1, in order of first use. */
  number: number;
  /** Null when the stored URL is not an http(s) URL: shown as text, never as a link. */
  url: string | null;
  publisher: string;
  originalPublisher: string | null;
  title: string | null;
  publishedOn: string | null;
  language: string;
};

export type CitationView = {
  id: number;
  recordType: CitationRecordType;
  recordId: number;
  field: string | null;
  claimedValue: string | null;
  quote: string | null;
  note: string | null;
  sourceNumber: number;
};

/** Every source behind the records on one page, numbered, and the citations that point to them. */
export type SourceNotes = { sources: SourceView[]; citations: CitationView[] };

export const EMPTY_SOURCE_NOTES: SourceNotes = { sources: [], citations: [] };

/**
 * The citations of the given records, their sources numbered in the order the records are listed
 * (so the page's main record gets [1]) and, within a record, whole-record citations last.
 */
export async function getCitations({ records }: { records: RecordRef[] }): Promise<SourceNotes> {
  if (records.length === 0) return EMPTY_SOURCE_NOTES;
  const byType = new Map<CitationRecordType, Set<number>>();
  for (const { recordType, recordId } of records) {
    if (!byType.has(recordType)) byType.set(recordType, new Set());
    byType.get(recordType)!.add(recordId);
  }
  const prisma = await getPrisma();
  const rows = await prisma.citation.findMany({
    where: {
      deletedAt: null,
      source: { deletedAt: null },
      OR: [...byType].map(([recordType, ids]) => ({ recordType, recordId: { in: [...ids] } })),
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      recordType: true,
      recordId: true,
      field: true,
      claimedValue: true,
      quote: true,
      note: true,
      source: {
        select: {
          id: true,
          url: true,
          publisher: true,
          originalPublisher: true,
          title: true,
          publishedOn: true,
          language: true,
        },
      },
    },
  });
  return numberSources(records, rows);
}

type CitationRow = Omit<CitationView, "sourceNumber"> & {
  source: {
    id: number;
    url: string;
    publisher: string;
    originalPublisher: string | null;
    title: string | null;
    publishedOn: Date | null;
    language: string;
  };
};

/** Pure: numbers sources by first use given the records' order. Exported for tests. */
export function numberSources(records: RecordRef[], rows: CitationRow[]): SourceNotes {
  const recordOrder = new Map<string, number>();
  records.forEach((record, index) => {
    const key = `${record.recordType}:${record.recordId}`;
    if (!recordOrder.has(key)) recordOrder.set(key, index);
  });
  const position = (row: CitationRow) =>
    recordOrder.get(`${row.recordType}:${row.recordId}`) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...rows].sort(
    (a, b) => position(a) - position(b) || Number(a.field === null) - Number(b.field === null) || a.id - b.id,
  );
  const numbers = new Map<number, number>();
  const sources: SourceView[] = [];
  const citations: CitationView[] = [];
  for (const row of sorted) {
    let number = numbers.get(row.source.id);
    if (number === undefined) {
      number = sources.length + 1;
      numbers.set(row.source.id, number);
      sources.push({
        number,
        url: httpUrlOrNull(row.source.url),
        publisher: row.source.publisher,
        originalPublisher: row.source.originalPublisher,
        title: row.source.title,
        publishedOn: formatIsoDate(row.source.publishedOn),
        language: row.source.language,
      });
    }
    const { source: _source, ...citation } = row;
    void _source;
    citations.push({ ...citation, sourceNumber: number });
  }
  return { sources, citations };
}

function distinct(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Footnote numbers of the sources that support a field as stored (conflicting claims excluded). */
export function fieldFootnotes(notes: SourceNotes, record: RecordRef, field: string): number[] {
  return distinct(
    notes.citations
      .filter(
        (c) =>
          c.recordType === record.recordType &&
          c.recordId === record.recordId &&
          c.field === field &&
          c.claimedValue === null,
      )
      .map((c) => c.sourceNumber),
  );
}

/** Footnote numbers of every source cited for a record, whole or in part. */
export function recordFootnotes(notes: SourceNotes, record: RecordRef): number[] {
  return distinct(
    notes.citations
      .filter((c) => c.recordType === record.recordType && c.recordId === record.recordId)
      .map((c) => c.sourceNumber),
  );
}

export type Conflict = { value: string; sourceNumbers: number[]; quote: string | null; note: string | null };

/** Values other sources give for a field, each with the sources that give it. */
export function fieldConflicts(notes: SourceNotes, record: RecordRef, field: string): Conflict[] {
  const byValue = new Map<string, Conflict>();
  for (const c of notes.citations) {
    if (c.recordType !== record.recordType || c.recordId !== record.recordId || c.field !== field) continue;
    if (c.claimedValue === null) continue;
    const conflict = byValue.get(c.claimedValue) ?? {
      value: c.claimedValue,
      sourceNumbers: [],
      quote: c.quote,
      note: c.note,
    };
    conflict.sourceNumbers = distinct([...conflict.sourceNumbers, c.sourceNumber]);
    byValue.set(c.claimedValue, conflict);
  }
  return [...byValue.values()];
}
