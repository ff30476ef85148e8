"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ClientLink } from "@/components/i18n/client-link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { createInPlaceAction } from "@/lib/actions/records";
import type { RelatedGroup } from "@/lib/data/admin/read";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { recordForms } from "@/lib/validation/record-forms";
import { FounderEntryForm, RoundEntryForm } from "./entry-forms";
import { RecordForm } from "./record-form";

type Adding = RelatedGroup["add"] & { key: string };

/**
 * The records hanging off this one (a start-up's founders, its rounds and each round's investors),
 * each added in place: the record's own form in a dialog, prefilled with where it belongs; the page
 * shows it as soon as it is saved.
 */
export function RelatedRecords({ groups }: { groups: RelatedGroup[] }) {
  const router = useRouter();
  const t = useTranslations("admin.related");
  const [adding, setAdding] = useState<Adding | null>(null);
  const open = (add: RelatedGroup["add"]) => setAdding({ ...add, key: newSubmissionKey() });
  const form = adding ? recordForms[adding.entity] : null;
  const created = () => {
    setAdding(null);
    router.refresh();
  };
  return (
    <>
      {groups.map((group) => (
        <Card key={group.title}>
          <CardHeader>
            <CardTitle>{t(`titles.${group.title}`)}</CardTitle>
          </CardHeader>
          <CardContent className="grid gap-2 text-sm">
            <Group group={group} onAdd={open} />
          </CardContent>
        </Card>
      ))}
      {adding && form ? (
        <Dialog
          title={t("add", { what: t(`adds.${adding.label}`) })}
          closeLabel={t("close")}
          onClose={() => setAdding(null)}
        >
          {adding.entry ? (
            <EntryDialogForm adding={adding} onCreated={created} />
          ) : (
            <RecordForm
              entity={adding.entity}
              action={createInPlaceAction.bind(null, adding.entity)}
              initialValues={adding.values}
              existingCitations={[]}
              canCite={form.citationFields.length > 0}
              submitLabel={t("add", { what: t(`adds.${adding.label}`) })}
              submissionKey={adding.key}
              suggestedSources={adding.sources}
              onCreated={created}
            />
          )}
        </Dialog>
      ) : null}
    </>
  );
}

/** A founder or a round with everything entered with it, in one form. */
function EntryDialogForm({ adding, onCreated }: { adding: Adding; onCreated: () => void }) {
  const startupId = Number(
    Array.isArray(adding.values.startupId) ? adding.values.startupId[0] : adding.values.startupId,
  );
  const Form = adding.entry === "founder" ? FounderEntryForm : RoundEntryForm;
  return <Form startupId={startupId} suggestedSources={adding.sources} onCreated={onCreated} />;
}

function Group({
  group,
  onAdd,
  nested,
}: {
  group: RelatedGroup;
  onAdd: (add: RelatedGroup["add"]) => void;
  nested?: boolean;
}) {
  const t = useTranslations("admin.related");
  return (
    <div className={nested ? "grid gap-1 border-l border-rule pl-3" : "grid gap-2"}>
      {nested ? <p className="text-xs font-medium text-ink-muted">{t(`titles.${group.title}`)}</p> : null}
      {group.items.length === 0 ? <p className="text-ink-muted">{t("none")}</p> : null}
      {group.items.length > 0 ? (
        <ul className="grid gap-1.5">
          {group.items.map((item) => (
            <li key={item.href} className="grid gap-1">
              <ClientLink href={item.href} className="underline-offset-2 hover:underline">
                {item.label}
              </ClientLink>
              {item.groups?.map((child) => (
                <Group key={child.title} group={child} onAdd={onAdd} nested />
              ))}
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        <Button
          variant="link"
          size="sm"
          className="h-auto px-0 text-accent no-underline hover:underline"
          onClick={() => onAdd(group.add)}
        >
          {t("addLink", { what: t(`adds.${group.add.label}`) })}
        </Button>
      </div>
    </div>
  );
}
