import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

/**
 * zxcvbn's score: 0–4, roughly log10(guesses) / 2 capped. 3 means about 10^8 guesses or more
 * ("safely unguessable: moderate protection from an offline slow-hash attack", zxcvbn's words),
 * which is what an argon2id hash behind a sign-in limit needs; 2 lets "password1234"-like
 * passwords with a twist through.
 */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Only this many leading characters are scored: zxcvbn's matching grows quadratically (a random
 * 128-character password takes seconds), and a prefix that is hard to guess makes the whole
 * password at least as hard.
 */
const SCORED_LENGTH = 32;

// The dictionaries (common passwords, English words, names, keyboard patterns) ship inside the
// packages: nothing is fetched at run time. Built once per process, on first use (~0.5 s).
let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...english.dictionary },
  });
  return factory;
}

/** Words a guesser would try first for this site and this person. */
const SITE_WORDS = ["alumni", "atlas", "alibaba", "alumniatlas", "editor", "admin"];

/**
 * Why a password is too easy to guess, in one sentence for the form, or null when it is strong
 * enough. `context` is what an attacker knows about the account (email, name).
 */
export function passwordWeakness(password: string, context: { email?: string; name?: string } = {}): string | null {
  const name = context.name?.trim() ?? "";
  const personal = [
    context.email,
    ...(context.email?.split("@")[0]?.split(/[._+-]/) ?? []),
    context.email?.split("@")[0],
    name.replace(/\s+/g, ""),
    ...name.split(/\s+/),
  ].filter((word): word is string => typeof word === "string" && word.length >= 3);
  const result = zxcvbn().check(password.slice(0, SCORED_LENGTH), [...SITE_WORDS, ...personal]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning?.replace(/\.$/, "");
  const advice = "Use a longer passphrase of several unrelated words, or a password manager's random one.";
  return `is too easy to guess${warning ? ` (${warning.charAt(0).toLowerCase()}${warning.slice(1)})` : ""}. ${advice}`;
}
