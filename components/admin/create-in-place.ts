"use client";
import { createContext } from "react";
import type { CreatedRecord } from "@/lib/forms/form-state";
import type { FormValues } from "@/lib/validation/form-data";
import type { EntityKey } from "@/lib/validation/form-spec";

/** A picker's request to create the record it did not find, in a dialog over the form it is in. */
export type CreateRequest = {
  entity: EntityKey;
  query: string;
  pickerDefaults?: FormValues;
  onCreated: (record: CreatedRecord) => void;
};

/** Provided by every record form: opens its create-in-place dialog. Absent outside a record form. */
export const CreateInPlaceContext = createContext<((request: CreateRequest) => void) | null>(null);
