// How much work one start-up takes to enter through the admin, as a careful editor would from
// researched notes: two founders, three Alibaba jobs (one at a unit not yet recorded), two rounds
// with three investors (one not yet recorded) and six sources, every fact cited. It prints the
// forms saved, pages shown, picker choices, clicks and seconds; it asserts only that the records
// landed, never a figure (timing goals live here, not in tests).
//
//   E2E_PORT=3206 npx playwright test -c playwright.bench.config.ts
import { test, expect, type Page } from "@playwright/test";
import { signInWithoutForm } from "../e2e/fixtures/admin";

const run = Date.now().toString(36);

/** What the editor has to do; every interaction goes through these counters. */
class Effort {
  forms = 0;
  pages = 0;
  pickerChoices = 0;
  clicks = 0;
  fieldsTyped = 0;
  private lastUrl = "";

  constructor(private readonly page: Page) {
    page.on("framenavigated", (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = new URL(frame.url());
      const here = url.pathname + url.search;
      if (here !== this.lastUrl) this.pages += 1;
      this.lastUrl = here;
    });
  }

  async goto(path: string) {
    await this.page.goto(path);
  }

  async click(locator: ReturnType<Page["locator"]>) {
    this.clicks += 1;
    await locator.click();
  }

  async fill(locator: ReturnType<Page["locator"]>, value: string) {
    this.fieldsTyped += 1;
    await locator.fill(value);
  }

  async select(locator: ReturnType<Page["locator"]>, label: string) {
    this.clicks += 1;
    await locator.selectOption({ label });
  }

  async check(locator: ReturnType<Page["locator"]>) {
    this.clicks += 1;
    await locator.check();
  }

  /** Types part of a name in a picker and clicks the option (one typed field, one picker choice). */
  async pick(
    scope: Page | ReturnType<Page["locator"]>,
    label: string | RegExp,
    query: string,
    option: string | RegExp,
  ) {
    const box = scope.getByRole("combobox", { name: label });
    this.fieldsTyped += 1;
    await box.fill(query);
    this.pickerChoices += 1;
    this.clicks += 1;
    await this.page
      .getByRole("option", { name: option, exact: typeof option === "string" })
      .first()
      .click();
    if (typeof option === "string") await expect(box).toHaveValue(option);
  }

  /** Saves the form and waits for the confirmation; returns the new or saved record's id. */
  async save(button: string): Promise<number> {
    this.clicks += 1;
    this.forms += 1;
    await this.page.getByRole("button", { name: button, exact: true }).click();
    await expect(this.page.getByRole("status").filter({ hasText: /Created|Saved/ })).toBeVisible({ timeout: 20_000 });
    const match = /\/admin\/[a-z-]+\/(\d+)\/edit/.exec(this.page.url());
    if (!match) throw new Error(`no record id in ${this.page.url()}`);
    return Number(match[1]);
  }
}

type Source = { key: string; url: string; publisher: string; title: string };
const source = (n: number, title: string): Source => ({
  key: `S${n}`,
  url: `https://bench.example.com/${run}/${n}`,
  publisher: `Bench Wire ${run}-${n}`,
  title,
});
const S1 = source(1, "Profile of the first founder");
const S2 = source(2, "Interview with the second founder");
const S3 = source(3, "Start-up launches in Hangzhou");
const S4 = source(4, "Angel round announced");
const S5 = source(5, "Series A announced");
const S6 = source(6, "Investor's own site");

/**
 * Today's admin: each record has its own page and form; a source is attached per field in its own
 * row, the first time as a new address, afterwards searched for and picked again in every row.
 */
async function citeRows(effort: Effort, page: Page, rows: { source: Source; field: string; isNew?: boolean }[]) {
  // A source added in this form exists only once the form is saved: each further row types it again.
  const typedHere = new Set<string>();
  for (const row of rows) {
    const position = await page.locator("[data-citation-row]").count();
    await effort.click(page.getByRole("button", { name: "Add a source" }));
    const box = page.locator(`[data-citation-row="${position}"]`);
    if (row.isNew || typedHere.has(row.source.key)) {
      typedHere.add(row.source.key);
      await effort.fill(box.getByLabel("New source’s web address"), row.source.url);
      await effort.fill(box.getByLabel("Publisher"), row.source.publisher);
      await effort.fill(box.getByLabel("Title"), row.source.title);
    } else {
      await effort.pick(box, "Existing source", row.source.publisher, `${row.source.publisher}: ${row.source.title}`);
    }
    await effort.select(box.getByLabel("Supports"), row.field);
  }
}

/** Today's admin before create-in-place and cite-once: every record on its own page. */
async function enterPageByPage(effort: Effort, page: Page): Promise<number> {
  // Founder A, from the first source.
  await effort.goto("/admin/people/new");
  await effort.fill(page.getByLabel("English name"), `Bench Founder A ${run}`);
  await citeRows(effort, page, [{ source: S1, field: "English name", isNew: true }]);
  const founderA = await effort.save("Create person");

  // Founder A's two Alibaba jobs.
  await effort.click(page.getByRole("link", { name: "+ Add" }).first());
  await effort.pick(page, /^Organization/, "Alibaba Cloud", "Alibaba Cloud");
  await effort.fill(page.getByLabel("Start year", { exact: true }), "2015");
  await effort.fill(page.getByLabel("End year", { exact: true }), "2020");
  await citeRows(effort, page, [
    { source: S1, field: "Organization" },
    { source: S1, field: "Start year" },
    { source: S1, field: "End year" },
  ]);
  await effort.save("Create employment");
  await effort.goto(`/admin/people/${founderA}/edit`);
  await effort.click(page.getByRole("link", { name: "+ Add" }).first());
  await effort.pick(page, /^Organization/, "DAMO", "DAMO Academy");
  await effort.fill(page.getByLabel("Role", { exact: true }), "Senior algorithm expert");
  await effort.fill(page.getByLabel("Start year", { exact: true }), "2020");
  await effort.fill(page.getByLabel("End year", { exact: true }), "2023");
  await citeRows(effort, page, [
    { source: S1, field: "Organization" },
    { source: S1, field: "Role" },
  ]);
  await effort.save("Create employment");

  // Founder B, whose unit is not recorded yet: the unit first, then the person, then the job.
  await effort.goto("/admin/organizations/new");
  await effort.fill(page.getByLabel("English name"), `Bench Unit ${run}`);
  await effort.select(page.getByLabel("Kind"), "Alibaba Group unit");
  await effort.pick(page, /^Part of/, "Alibaba Cloud", "Alibaba Cloud");
  await citeRows(effort, page, [
    { source: S2, field: "English name", isNew: true },
    { source: S2, field: "Part of" },
  ]);
  await effort.save("Create organization");
  await effort.goto("/admin/people/new");
  await effort.fill(page.getByLabel("English name"), `Bench Founder B ${run}`);
  await citeRows(effort, page, [{ source: S2, field: "English name" }]);
  await effort.save("Create person");
  await effort.click(page.getByRole("link", { name: "+ Add" }).first());
  await effort.pick(page, /^Organization/, `Bench Unit ${run}`, `Bench Unit ${run}`);
  await effort.fill(page.getByLabel("Start year", { exact: true }), "2018");
  await citeRows(effort, page, [
    { source: S2, field: "Organization" },
    { source: S2, field: "Start year" },
  ]);
  await effort.save("Create employment");

  // The start-up and its two founders.
  await effort.goto("/admin/startups/new");
  await effort.fill(page.getByLabel("English name"), `Bench Mind ${run}`);
  await effort.fill(page.getByLabel("Founded year"), "2023");
  await effort.pick(page, "City", "Hangzhou", "Hangzhou");
  await effort.check(page.getByLabel("AI agents"));
  await citeRows(effort, page, [
    { source: S3, field: "English name", isNew: true },
    { source: S3, field: "Founded year" },
    { source: S3, field: "City" },
  ]);
  const startup = await effort.save("Create start-up");
  for (const founder of ["A", "B"]) {
    await effort.goto(`/admin/startups/${startup}/edit`);
    await effort.click(page.getByRole("link", { name: "+ Add" }).first());
    await effort.pick(page, /^Founder/, `Bench Founder ${founder} ${run}`, `Bench Founder ${founder} ${run}`);
    await citeRows(effort, page, [{ source: S3, field: "Role" }]);
    await effort.save("Create founding");
  }

  // The angel round: an investor already recorded, and one that is not.
  await effort.goto(`/admin/startups/${startup}/edit`);
  await effort.click(page.getByRole("link", { name: "+ Add" }).nth(1));
  await effort.select(page.getByLabel(/^Stage( \*)?$/), "Angel");
  await effort.fill(page.getByLabel("Announced on"), "2023-09-01");
  await effort.select(page.getByLabel("Date precision"), "Month");
  await citeRows(effort, page, [
    { source: S4, field: "Stage", isNew: true },
    { source: S4, field: "Announced on" },
  ]);
  const angel = await effort.save("Create funding round");
  await effort.click(page.getByRole("link", { name: "+ Add" }).first());
  await effort.pick(page, /^Investor \(organization\)/, "ZhenFund", "ZhenFund");
  await effort.check(page.getByLabel("Lead investor"));
  await citeRows(effort, page, [{ source: S4, field: "Investor (organization)" }]);
  await effort.save("Create investment");
  await effort.goto("/admin/organizations/new");
  await effort.fill(page.getByLabel("English name"), `Bench Ventures ${run}`);
  await effort.select(page.getByLabel("Kind"), "Investment firm");
  await citeRows(effort, page, [
    { source: S6, field: "English name", isNew: true },
    { source: S6, field: "Kind" },
  ]);
  await effort.save("Create organization");
  await effort.goto(`/admin/funding-rounds/${angel}/edit`);
  await effort.click(page.getByRole("link", { name: "+ Add" }).first());
  await effort.pick(page, /^Investor \(organization\)/, `Bench Ventures ${run}`, `Bench Ventures ${run}`);
  await citeRows(effort, page, [{ source: S4, field: "Investor (organization)" }]);
  await effort.save("Create investment");

  // The Series A: ¥100 million, led by Hillhouse.
  await effort.goto(`/admin/startups/${startup}/edit`);
  await effort.click(page.getByRole("link", { name: "+ Add" }).nth(1));
  await effort.select(page.getByLabel(/^Stage( \*)?$/), "Series a");
  await effort.fill(page.getByLabel("Announced on"), "2024-05-14");
  await effort.select(page.getByLabel("Date precision"), "Day");
  await effort.select(page.getByLabel(/^Amount( \*)?$/), "Exact amount");
  await effort.fill(page.getByLabel("Amount (or low end)"), "100000000");
  await effort.fill(page.getByLabel("Currency"), "CNY");
  await citeRows(effort, page, [
    { source: S5, field: "Stage", isNew: true },
    { source: S5, field: "Amount (or low end)" },
  ]);
  await effort.save("Create funding round");
  await effort.click(page.getByRole("link", { name: "+ Add" }).first());
  await effort.pick(page, /^Investor \(organization\)/, "Hillhouse", "Hillhouse");
  await effort.check(page.getByLabel("Lead investor"));
  await citeRows(effort, page, [{ source: S5, field: "Investor (organization)" }]);
  await effort.save("Create investment");

  return startup;
}

/** Cites a source once for several fields: an existing one picked, or a new one typed in. */
async function citeOnceFor(
  effort: Effort,
  scope: ReturnType<Page["locator"]>,
  page: Page,
  source: Source,
  fields: string[],
  isNew = false,
) {
  const position = await scope.locator("[data-source-block]").count();
  const block = scope.locator(`[data-source-block="${position}"]`);
  // Where the admin offers the source again (it is cited on the record this one is added to): one click.
  const again = scope.getByRole("button", { name: `Cite again: ${source.publisher}: ${source.title}` });
  if (!isNew && (await again.count()) > 0) {
    await effort.click(again);
    await expect(block.getByRole("combobox", { name: "Existing source" })).toHaveValue(
      `${source.publisher}: ${source.title}`,
    );
  } else if (isNew) {
    await effort.click(scope.getByRole("button", { name: "Add a source" }));
    await effort.click(block.getByText("…or a new source"));
    await effort.fill(block.getByLabel("New source’s web address"), source.url);
    await effort.fill(block.getByLabel("Publisher", { exact: true }), source.publisher);
    await effort.fill(block.getByLabel("Title", { exact: true }), source.title);
  } else {
    await effort.click(scope.getByRole("button", { name: "Add a source" }));
    await effort.pick(block, "Existing source", source.publisher, `${source.publisher}: ${source.title}`);
  }
  for (const field of fields) await effort.check(block.getByRole("checkbox", { name: field, exact: true }));
  void page;
}

/** Creates a record from a picker that finds no match, in the dialog it opens. */
async function createFromPicker(
  effort: Effort,
  scope: Page | ReturnType<Page["locator"]>,
  page: Page,
  label: string | RegExp,
  name: string,
  kind: string,
) {
  const box = scope.getByRole("combobox", { name: label });
  await effort.fill(box, name);
  effort.pickerChoices += 1;
  await effort.click(page.getByRole("option", { name: `+ Create “${name}” as a new ${kind}…` }));
  return page.getByRole("dialog", { name: `New ${kind}` });
}

/** Saves a dialog's form and waits for it to close. */
async function saveDialog(effort: Effort, dialog: ReturnType<Page["locator"]>, button: string) {
  effort.forms += 1;
  await effort.click(dialog.getByRole("button", { name: button, exact: true }));
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}

/**
 * The admin with create-in-place and cite-once: the start-up first, then everything else from its
 * page in dialogs (founders and units created from the pickers), each source cited once per record.
 */
async function enterInPlace(effort: Effort, page: Page): Promise<number> {
  await effort.goto("/admin/startups/new");
  await effort.fill(page.getByLabel("English name"), `Bench Mind ${run}`);
  await effort.fill(page.getByLabel("Founded year"), "2023");
  await effort.pick(page, "City", "Hangzhou", "Hangzhou");
  await effort.check(page.getByLabel("AI agents"));
  await citeOnceFor(effort, page.locator("form"), page, S3, ["English name", "Founded year", "City"], true);
  const startup = await effort.save("Create start-up");

  // The founders, each created from the founding's picker with the source of their name.
  for (const [founder, source] of [
    ["A", S1],
    ["B", S2],
  ] as const) {
    await effort.click(page.getByRole("button", { name: "+ Add founder" }));
    const founding = page.getByRole("dialog", { name: "Add founder" });
    const person = await createFromPicker(
      effort,
      founding,
      page,
      /^Founder/,
      `Bench Founder ${founder} ${run}`,
      "person",
    );
    await citeOnceFor(effort, person, page, source, ["English name"], true);
    await saveDialog(effort, person, "Create person and choose it");
    await citeOnceFor(effort, founding, page, S3, ["Role"]);
    await saveDialog(effort, founding, "Add founder");
  }

  // Founder A's career, from their page (the founding links there).
  await effort.click(page.getByRole("link", { name: new RegExp(`^Bench Founder A ${run}`) }));
  await effort.click(page.getByRole("link", { name: `← Bench Founder A ${run}` }));
  for (const job of [
    {
      unit: "Alibaba Cloud",
      query: "Alibaba Cloud",
      years: ["2015", "2020"],
      fields: ["Organization", "Start year", "End year"],
    },
    {
      unit: "DAMO Academy",
      query: "DAMO",
      years: ["2020", "2023"],
      role: "Senior algorithm expert",
      fields: ["Organization", "Role"],
    },
  ]) {
    await effort.click(page.getByRole("button", { name: "+ Add employment" }));
    const dialog = page.getByRole("dialog", { name: "Add employment" });
    await effort.pick(dialog, /^Organization/, job.query, job.unit);
    if (job.role) await effort.fill(dialog.getByLabel("Role", { exact: true }), job.role);
    await effort.fill(dialog.getByLabel("Start year", { exact: true }), job.years[0]!);
    await effort.fill(dialog.getByLabel("End year", { exact: true }), job.years[1]!);
    await citeOnceFor(effort, dialog, page, S1, job.fields);
    await saveDialog(effort, dialog, "Add employment");
  }

  // Founder B's job at a unit not recorded yet: created from the employment's picker.
  await effort.goto(`/admin/startups/${startup}/edit`);
  await effort.click(page.getByRole("link", { name: new RegExp(`^Bench Founder B ${run}`) }));
  await effort.click(page.getByRole("link", { name: `← Bench Founder B ${run}` }));
  await effort.click(page.getByRole("button", { name: "+ Add employment" }));
  const job = page.getByRole("dialog", { name: "Add employment" });
  const unit = await createFromPicker(effort, job, page, /^Organization/, `Bench Unit ${run}`, "organization");
  await effort.pick(unit, /^Part of/, "Alibaba Cloud", "Alibaba Cloud");
  await citeOnceFor(effort, unit, page, S2, ["English name", "Part of"]);
  await saveDialog(effort, unit, "Create organization and choose it");
  await effort.fill(job.getByLabel("Start year", { exact: true }), "2018");
  await citeOnceFor(effort, job, page, S2, ["Organization", "Start year"]);
  await saveDialog(effort, job, "Add employment");

  // The rounds and their investors, from the start-up's page.
  await effort.goto(`/admin/startups/${startup}/edit`);
  await effort.click(page.getByRole("button", { name: "+ Add funding round" }));
  let round = page.getByRole("dialog", { name: "Add funding round" });
  await effort.select(round.getByLabel(/^Stage( \*)?$/), "Angel");
  await effort.fill(round.getByLabel("Announced on"), "2023-09");
  await citeOnceFor(effort, round, page, S4, ["Stage", "Announced on"], true);
  await saveDialog(effort, round, "Add funding round");
  const rounds = page.locator("li").filter({ has: page.getByRole("link", { name: /^angel/ }) });
  await effort.click(rounds.getByRole("button", { name: "+ Add investor" }));
  let investment = page.getByRole("dialog", { name: "Add investor" });
  await effort.pick(investment, /^Investor \(organization\)/, "ZhenFund", "ZhenFund");
  await effort.check(investment.getByLabel("Lead investor"));
  await citeOnceFor(effort, investment, page, S4, ["Investor (organization)"]);
  await saveDialog(effort, investment, "Add investor");
  await effort.click(rounds.getByRole("button", { name: "+ Add investor" }));
  investment = page.getByRole("dialog", { name: "Add investor" });
  const firm = await createFromPicker(
    effort,
    investment,
    page,
    /^Investor \(organization\)/,
    `Bench Ventures ${run}`,
    "organization",
  );
  await citeOnceFor(effort, firm, page, S6, ["English name", "Kind"], true);
  await saveDialog(effort, firm, "Create organization and choose it");
  await citeOnceFor(effort, investment, page, S4, ["Investor (organization)"]);
  await saveDialog(effort, investment, "Add investor");

  await effort.click(page.getByRole("button", { name: "+ Add funding round" }));
  round = page.getByRole("dialog", { name: "Add funding round" });
  await effort.select(round.getByLabel(/^Stage( \*)?$/), "Series a");
  await effort.fill(round.getByLabel("Announced on"), "2024-05-14");
  await effort.select(round.getByLabel(/^Amount( \*)?$/), "Exact amount");
  await effort.fill(round.getByLabel("Amount (or low end)"), "100000000");
  await effort.fill(round.getByLabel("Currency"), "CNY");
  await citeOnceFor(effort, round, page, S5, ["Stage", "Amount (or low end)"], true);
  await saveDialog(effort, round, "Add funding round");
  const seriesA = page.locator("li").filter({ has: page.getByRole("link", { name: /^series a/ }) });
  await effort.click(seriesA.getByRole("button", { name: "+ Add investor" }));
  investment = page.getByRole("dialog", { name: "Add investor" });
  await effort.pick(investment, /^Investor \(organization\)/, "Hillhouse", "Hillhouse");
  await effort.check(investment.getByLabel("Lead investor"));
  await citeOnceFor(effort, investment, page, S5, ["Investor (organization)"]);
  await saveDialog(effort, investment, "Add investor");
  return startup;
}

/** Adds a new source to a form (one click opens its fields) and types its address, publisher and title. */
async function newSource(effort: Effort, scope: ReturnType<Page["locator"]>, source: Source) {
  const position = await scope.locator("[data-source-block]").count();
  await effort.click(scope.getByRole("button", { name: "Add a new source" }));
  const block = scope.locator(`[data-source-block="${position}"]`);
  await effort.fill(block.getByLabel("New source’s web address"), source.url);
  await effort.fill(block.getByLabel("Publisher", { exact: true }), source.publisher);
  await effort.fill(block.getByLabel("Title", { exact: true }), source.title);
  return block;
}

/** Cites a source the form offers again (one already cited nearby, or made in a dialog from this form). */
async function citeAgain(effort: Effort, scope: ReturnType<Page["locator"]>, source: Source) {
  const position = await scope.locator("[data-source-block]").count();
  await effort.click(scope.getByRole("button", { name: `Cite again: ${source.publisher}: ${source.title}` }));
  const block = scope.locator(`[data-source-block="${position}"]`);
  await expect(block.getByRole("combobox", { name: "Existing source" })).toHaveValue(
    `${source.publisher}: ${source.title}`,
  );
  return block;
}

/** Ticks fields of a source block; in an entry, each under its record ("Job 2" → "Start year"). */
async function tick(effort: Effort, block: ReturnType<Page["locator"]>, fields: (string | [string, string])[]) {
  for (const field of fields) {
    const box = Array.isArray(field)
      ? block.getByRole("group", { name: field[0], exact: true }).getByRole("checkbox", { name: field[1], exact: true })
      : block.getByRole("checkbox", { name: field, exact: true });
    await effort.click(box);
  }
}

/** "Tick every field typed", then unticks what this source does not say; checks what ends up ticked. */
async function tickTyped(
  effort: Effort,
  block: ReturnType<Page["locator"]>,
  untick: (string | [string, string])[],
  expected: number,
) {
  await effort.click(block.getByRole("button", { name: "Tick every field typed" }));
  await tick(effort, block, untick);
  await expect(block.locator('input[type="checkbox"][name$=".fields"]:checked')).toHaveCount(expected);
}

/**
 * The admin with entries: the start-up first, then each founder with their founding and Alibaba
 * jobs in one form, and each round with all its investors in one form, from the start-up's page;
 * records not yet recorded (a unit, a firm) are created from the pickers; sources are cited once
 * per form, across all its records.
 */
async function enterByEntries(effort: Effort, page: Page): Promise<number> {
  await effort.goto("/admin/startups/new");
  const form = page.locator("form");
  await effort.fill(page.getByLabel("English name"), `Bench Mind ${run}`);
  await effort.fill(page.getByLabel("Founded year"), "2023");
  await effort.pick(page, "City", "Hangzhou", "Hangzhou");
  await effort.check(page.getByLabel("AI agents"));
  // The source names the start-up, its year and city; not its sector.
  await tickTyped(effort, await newSource(effort, form, S3), ["Sectors"], 3);
  const startup = await effort.save("Create start-up");

  // Founder A: the person, the founding and two jobs at recorded units, in one form.
  await effort.click(page.getByRole("button", { name: "+ Add founder" }));
  let founder = page.getByRole("dialog", { name: "Add founder" });
  await effort.fill(founder.getByLabel("English name"), `Bench Founder A ${run}`);
  let job = founder.getByRole("group", { name: "Job 1 (Alibaba or other employer)" });
  await effort.pick(job, /^Organization/, "Alibaba Cloud", "Alibaba Cloud");
  await effort.fill(job.getByLabel("Start year", { exact: true }), "2015");
  await effort.fill(job.getByLabel("End year", { exact: true }), "2020");
  await effort.click(founder.getByRole("button", { name: "+ Another job" }));
  job = founder.getByRole("group", { name: "Job 2 (Alibaba or other employer)" });
  await effort.pick(job, /^Organization/, "DAMO", "DAMO Academy");
  await effort.fill(job.getByLabel("Role", { exact: true }), "Senior algorithm expert");
  await effort.fill(job.getByLabel("Start year", { exact: true }), "2020");
  await effort.fill(job.getByLabel("End year", { exact: true }), "2023");
  // S1 supports the name and both jobs except the second job's years; S3 the founding's role.
  await tickTyped(
    effort,
    await newSource(effort, founder, S1),
    [
      ["Job 2", "Start year"],
      ["Job 2", "End year"],
    ],
    6,
  );
  await tick(effort, await citeAgain(effort, founder, S3), [["Founding", "Role"]]);
  await saveDialog(effort, founder, "Add founder");

  // Founder B, whose unit is not recorded yet: created from the job's picker.
  await effort.click(page.getByRole("button", { name: "+ Add founder" }));
  founder = page.getByRole("dialog", { name: "Add founder" });
  await effort.fill(founder.getByLabel("English name"), `Bench Founder B ${run}`);
  job = founder.getByRole("group", { name: "Job 1 (Alibaba or other employer)" });
  const unit = await createFromPicker(effort, job, page, /^Organization/, `Bench Unit ${run}`, "organization");
  await effort.pick(unit, /^Part of/, "Alibaba Cloud", "Alibaba Cloud");
  await tickTyped(effort, await newSource(effort, unit, S2), [], 2);
  await saveDialog(effort, unit, "Create organization and choose it");
  await effort.fill(job.getByLabel("Start year", { exact: true }), "2018");
  await tickTyped(effort, await citeAgain(effort, founder, S2), [], 3);
  await tick(effort, await citeAgain(effort, founder, S3), [["Founding", "Role"]]);
  await saveDialog(effort, founder, "Add founder");

  // The angel round with both its investors, one of them not recorded yet.
  await effort.click(page.getByRole("button", { name: "+ Add funding round" }));
  let round = page.getByRole("dialog", { name: "Add funding round" });
  await effort.select(round.getByLabel(/^Stage( \*)?$/), "Angel");
  await effort.fill(round.getByLabel("Announced on"), "2023-09");
  let investor = round.getByRole("group", { name: "Investor 1", exact: true }).first();
  await effort.pick(investor, /^Investor \(organization\)/, "ZhenFund", "ZhenFund");
  await effort.check(investor.getByLabel("Lead investor"));
  await effort.click(round.getByRole("button", { name: "+ Another investor" }));
  investor = round.getByRole("group", { name: "Investor 2", exact: true }).first();
  const firm = await createFromPicker(
    effort,
    investor,
    page,
    /^Investor \(organization\)/,
    `Bench Ventures ${run}`,
    "organization",
  );
  await tick(effort, await newSource(effort, firm, S6), ["English name", "Kind"]);
  await saveDialog(effort, firm, "Create organization and choose it");
  // S4 names the round, its date and both investors, but not who led.
  await tickTyped(effort, await newSource(effort, round, S4), [["Investor 1", "Lead investor"]], 4);
  await saveDialog(effort, round, "Add funding round");

  // The Series A: ¥100 million, led by Hillhouse.
  await effort.click(page.getByRole("button", { name: "+ Add funding round" }));
  round = page.getByRole("dialog", { name: "Add funding round" });
  await effort.select(round.getByLabel(/^Stage( \*)?$/), "Series a");
  await effort.fill(round.getByLabel("Announced on"), "2024-05-14");
  await effort.select(round.getByLabel(/^Amount( \*)?$/), "Exact amount");
  await effort.fill(round.getByLabel("Amount (or low end)"), "100000000");
  await effort.fill(round.getByLabel("Currency"), "CNY");
  investor = round.getByRole("group", { name: "Investor 1", exact: true }).first();
  await effort.pick(investor, /^Investor \(organization\)/, "Hillhouse", "Hillhouse");
  await effort.check(investor.getByLabel("Lead investor"));
  await tick(effort, await newSource(effort, round, S5), [
    ["Round", "Stage"],
    ["Round", "Amount (or low end)"],
    ["Investor 1", "Investor (organization)"],
  ]);
  await saveDialog(effort, round, "Add funding round");
  return startup;
}

test("enter one start-up with founders, careers, rounds, investors and sources", async ({ page, baseURL }) => {
  test.setTimeout(50 * 60_000);
  await signInWithoutForm(page.request, baseURL!);
  // The same entry on whichever admin this server has: cite-once source blocks mean the newer one.
  await page.goto("/admin/startups/new");
  // Entries came with "Add a new source"; cite-once source blocks before them.
  const entries = (await page.getByRole("button", { name: "Add a new source" }).count()) > 0;
  await page.getByRole("button", { name: "Add a source" }).click();
  const citeOnce = await page
    .locator("[data-source-block], [data-citation-row]")
    .first()
    .getAttribute("data-source-block")
    .then((value) => value !== null);
  await page.goto("about:blank");

  const effort = new Effort(page);
  const started = performance.now();
  const startup = entries
    ? await enterByEntries(effort, page)
    : citeOnce
      ? await enterInPlace(effort, page)
      : await enterPageByPage(effort, page);
  const seconds = (performance.now() - started) / 1000;

  // The public profile shows what was entered.
  await page.goto(`/admin/startups/${startup}/edit`);
  const slug = await page.getByLabel("URL name").inputValue();
  await page.goto(`/startups/${slug}`);
  await expect(page.getByTestId("founder")).toHaveCount(2);
  await expect(page.getByText("ZhenFund").first()).toBeVisible();
  await expect(page.getByText(`Bench Ventures ${run}`).first()).toBeVisible();
  await expect(page.getByText("Hillhouse").first()).toBeVisible();

  const figures = {
    formsSaved: effort.forms,
    pagesShown: effort.pages,
    pickerChoices: effort.pickerChoices,
    clicks: effort.clicks,
    fieldsTyped: effort.fieldsTyped,
    seconds: Math.round(seconds * 10) / 10,
    admin: entries
      ? "entries (a founder or a round with everything entered with it, in one form)"
      : citeOnce
        ? "in place (create from pickers, cite once)"
        : "page by page",
  };
  console.log(`admin entry effort: ${JSON.stringify(figures)}`);
});
