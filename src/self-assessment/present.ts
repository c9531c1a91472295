/**
 * How the self-assessment report presents itself to a committee: findings that repeat grouped into
 * one, checks named in words, dates written out, the year-on-year section, and the HTML page (a
 * first page with who, when, what policy, the verdict and a place to sign; a bar per Code section;
 * a layout that reads on a phone and prints on A4).
 */
import type { Finding, Severity } from '../core/finding.js';
import { count, labelOf, listWords, REPORT_CSS, tidy, writtenDate } from '../core/presentation.js';
import { CODE_SECTIONS, code2024 } from './provisions.js';
import { LINT_CODES } from '../policy/lint.js';
import { htmlText } from '../core/markdown.js';
import type { AssessmentReport } from './assess.js';
import type { AssessmentComparison, ActionStatus } from './compare.js';
import { deepFrozen } from '../core/freeze.js';

/** The words for each severity. */
export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = /* @__PURE__ */ deepFrozen({ breach: 'Breach', warning: 'Warning', note: 'Note' });

/** What each check is called in the report (the finding's `code` stays in the JSON and CSV). */
export const CHECK_LABELS: Readonly<Record<string, string>> = /* @__PURE__ */ deepFrozen({
  'provision-not-answered': 'Not answered',
  'provision-answered-twice': 'Answered twice',
  'declared-non-compliance': 'Answered No',
  'no-action': 'No action given',
  'no-target-date': 'No target date',
  'evidence-cites-unknown-section': 'Cites a section the policy does not have',
  'evidence-subject-mismatch': 'Cites a section about something else',
  'evidence-cites-no-section': 'Cites no section',
  'answer-contradicts-policy': 'The policy falls short',
  'answer-questioned-by-policy': 'The policy raises a doubt',
  'answered-not-applicable': 'Answered N/a',
  'evidence-missing': 'No evidence',
  'action-overdue': 'Action overdue',
  'answer-now-no': 'Yes last year, No now',
  'action-completion-undated': 'Completion not dated',
});

/** The words for each fate of last year's actions. */
export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = /* @__PURE__ */ deepFrozen({
  'done-by-target': 'Done by the target date',
  done: 'Done; date not shown',
  overdue: 'Overdue',
  open: 'Not done yet; not yet due',
});

export function checkLabel(code: string): string {
  return CHECK_LABELS[code] ?? labelOf(code);
}

/** Where a finding's rule comes from: "Code 6.3, policy s.6". */
export function sourceWords(f: Finding): string {
  return sourceOf(f.source.provision, f.source.policy);
}

function sourceOf(provision: string | undefined, policy: string | undefined): string {
  if (provision === undefined) return policy === undefined ? '' : `policy ${policy}`;
  return policy === undefined ? `Code ${provision}` : `Code ${provision}, policy ${policy}`;
}

/** One finding, or several that say the same thing about different things. */
export interface FindingGroup {
  readonly severity: Severity;
  readonly code: string;
  readonly findings: readonly Finding[];
  /** Where the rule comes from, when all the findings share it. */
  readonly source: string;
  /** What is said once for the whole group (empty for a single finding). */
  readonly common: string;
  /** What differs, one per finding (the whole message for a single finding). */
  readonly items: readonly string[];
  /** The provisions the findings are about, when one sentence covers them all ("Provisions 5.2, 5.3 and 5.4"). */
  readonly provisions: readonly string[];
}

/** Whether a character code opens a sentence: a capital A to Z, or a quotation mark (" ' “ ‘). */
function opensSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 34 || c === 39 || c === 0x201c || c === 0x2018;
}

/** The characters {@link splitFirstSentence} looks at: brackets and the marks that can end a sentence. */
const SENTENCE_MARKS = /[()[\].!?]/g;

/**
 * The first sentence of a message, and the rest; a sentence ends at ". " (or "! ", "? ") before a
 * capital or a quotation mark, outside brackets. The regular expression jumps from one bracket or
 * mark to the next (most of a message is neither), and only those are looked at.
 *
 * @internal
 */
export function splitFirstSentence(message: string): [string, string] {
  let depth = 0;
  const marks = SENTENCE_MARKS;
  marks.lastIndex = 0;
  // `test` moves `lastIndex` past the mark it finds without building a match object.
  while (marks.test(message)) {
    const i = marks.lastIndex - 1;
    const c = message.charCodeAt(i);
    if (c === 40 || c === 91) depth++; // ( [
    else if (c === 41 || c === 93) {
      if (depth > 0) depth--; // ) ]
    } else if (depth === 0 && message.charCodeAt(i + 1) === 32 && opensSentence(message.charCodeAt(i + 2))) {
      marks.lastIndex = 0;
      return [message.slice(0, i + 1), message.slice(i + 2)];
    }
  }
  return [message, ''];
}

/**
 * The key of a group that {@link groupFindings} keeps in a map: its severity, check, policy source
 * and provision (left empty when the first sentence names the provision), then the rest of the
 * message. Strings are joined with their lengths, which no two different lists of strings share;
 * any other value (a report read back from edited JSON) falls back to JSON, so values of different
 * types never share a key.
 */
function groupKey(severity: unknown, code: unknown, policy: unknown, provision: unknown, tail: string): string {
  if (typeof severity === 'string' && typeof code === 'string' && typeof policy === 'string' && typeof provision === 'string') {
    return `s${severity.length}:${severity}${code.length}:${code}${policy.length}:${policy}${provision.length}:${provision}${tail}`;
  }
  return `j${JSON.stringify([severity, code, policy, provision])}${tail}`;
}

const PROVISION_PREFIX = /^Provision (\d\.\d{1,2}) \("[^"]*"\)/;

/** Findings that say the same thing, while they are gathered. */
interface Gathering {
  readonly severity: string;
  readonly code: string;
  readonly policy: string;
  readonly provision: string;
  readonly tail: string;
  readonly findings: Finding[];
  readonly messages: string[];
  readonly heads: string[];
}

/**
 * How many groups of one check are compared one by one before they are kept in a map by their
 * whole key (comparing strings with `===` is cheaper than building and hashing a key, until the
 * list is long).
 */
const SCAN_LIMIT = 16;

/**
 * Groups findings that say the same thing: same severity, check and source, and the same message
 * after its first sentence. A group of findings whose first sentences differ only in the provision
 * they name becomes one sentence naming all the provisions. Order is kept (a group sits where its
 * first finding was).
 */
export function groupFindings(list: readonly Finding[]): FindingGroup[] {
  // Each message is tidied once; a finding that stands alone shows its tidied message. A finding
  // whose severity, check, policy source and provision are strings (all a report from
  // assessSelfAssessment has) joins a group of its check found by comparing those and the rest of
  // its message; once a check has more than SCAN_LIMIT groups, and for any other finding, groups
  // are found by their whole key in a map. Groups are kept in the order they were first met.
  const byCode = new Map<string, Gathering[]>();
  const byKey = new Map<string, Gathering>();
  const order: Gathering[] = [];
  for (let i = 0; i < list.length; i++) {
    const f = list[i] as Finding;
    const message = tidy(f.message);
    const [head, tail] = splitFirstSentence(message);
    const severity: unknown = f.severity;
    const code: unknown = f.code;
    const policy: unknown = f.source.policy ?? '';
    const provision: unknown = PROVISION_PREFIX.test(head) ? '' : (f.source.provision ?? '');
    let g: Gathering | undefined;
    let bucket: Gathering[] | undefined;
    let key: string | undefined;
    if (typeof severity === 'string' && typeof code === 'string' && typeof policy === 'string' && typeof provision === 'string') {
      bucket = byCode.get(code);
      if (bucket === undefined) byCode.set(code, (bucket = []));
      if (bucket.length <= SCAN_LIMIT) {
        for (let j = 0; j < bucket.length; j++) {
          const x = bucket[j] as Gathering;
          if (x.tail === tail && x.severity === severity && x.provision === provision && x.policy === policy) {
            g = x;
            break;
          }
        }
      }
    }
    if (bucket === undefined || bucket.length > SCAN_LIMIT) {
      key = groupKey(severity, code, policy, provision, tail);
      g = byKey.get(key);
    }
    if (g === undefined) {
      g = { severity: severity as string, code: code as string, policy: policy as string, provision: provision as string, tail, findings: [f], messages: [message], heads: [head] };
      order.push(g);
      if (bucket !== undefined) {
        bucket.push(g);
        // The check has just gone past the limit: its groups so far go into the map.
        if (bucket.length === SCAN_LIMIT + 1) for (const x of bucket) byKey.set(groupKey(x.severity, x.code, x.policy, x.provision, x.tail), x);
        else if (key !== undefined) byKey.set(key, g);
      } else byKey.set(key as string, g);
    } else {
      g.findings.push(f);
      g.messages.push(message);
      g.heads.push(head);
    }
  }
  const out: FindingGroup[] = [];
  for (const g of order) {
    const findings = g.findings;
    const f = findings[0] as Finding;
    if (findings.length === 1) {
      out.push(single(f, g.messages[0] as string));
      continue;
    }
    let provisionsShared = true;
    for (let j = 1; j < findings.length && provisionsShared; j++) provisionsShared = (findings[j] as Finding).source.provision === f.source.provision;
    const source = sourceOf(provisionsShared ? f.source.provision : undefined, f.source.policy);
    // One sentence for all when every first sentence is "Provision n.n ("title")" and the same after it.
    const provisions: string[] = [];
    const heads = g.heads;
    let merged = true;
    let rest = '';
    for (let j = 0; j < heads.length; j++) {
      const head = heads[j] as string;
      const m = PROVISION_PREFIX.exec(head);
      if (m === null) {
        merged = false;
        break;
      }
      const r = head.slice(m[0].length);
      if (j === 0) rest = r;
      else if (r !== rest) {
        merged = false;
        break;
      }
      provisions.push(m[1] as string);
    }
    if (merged) {
      out.push({ severity: f.severity, code: f.code, findings, source, common: `Each of provisions ${listWords(provisions)}${rest}${g.tail !== '' ? ` ${g.tail}` : ''}`, items: [], provisions });
    } else if (g.tail === '') {
      // Only the rest of the message is shared; with nothing shared, each finding stands alone.
      for (let j = 0; j < findings.length; j++) out.push(single(findings[j] as Finding, g.messages[j] as string));
    } else out.push({ severity: f.severity, code: f.code, findings, source, common: g.tail, items: g.heads, provisions: [] });
  }
  return out;
}

/** A finding that stands alone, with its tidied message. */
function single(x: Finding, message: string): FindingGroup {
  return { severity: x.severity, code: x.code, findings: [x], source: sourceWords(x), common: '', items: [message], provisions: [] };
}

/** The findings of each Code section, and those of none. */
export function findingsBySection(report: AssessmentReport): { title: string; findings: readonly Finding[] }[] {
  // One pass over the provisions, each one's findings added to its section's list (as flatMap
  // would: a list is spread, anything else added as it is); the sections then in the Code's order.
  const lists = new Map<string, unknown[]>();
  for (const s of CODE_SECTIONS) lists.set(s.id, []);
  for (const p of report.provisions) {
    const list = lists.get(p.section);
    if (list === undefined) continue;
    const found: unknown = p.findings;
    if (Array.isArray(found)) for (let i = 0; i < found.length; i++) list.push(found[i]);
    else list.push(found);
  }
  const out: { title: string; findings: readonly Finding[] }[] = [];
  for (const s of CODE_SECTIONS) {
    const findings = lists.get(s.id) as Finding[];
    if (findings.length > 0) out.push({ title: `${s.number}. ${s.title}`, findings });
  }
  const general = report.findings.filter((f) => f.source.provision === undefined);
  if (general.length > 0) out.push({ title: 'General', findings: general });
  return out;
}

/** "Breach, Warning" counts in words, leaving out the zeros: "1 breach, 20 warnings". */
export function findingCounts(f: Readonly<Record<Severity, number>>, withNotes = true): string {
  const parts = [f.breach > 0 ? count(f.breach, 'breach', 'breaches') : '', f.warning > 0 ? count(f.warning, 'warning') : '', withNotes && f.note > 0 ? count(f.note, 'note') : ''].filter((x) => x !== '');
  return parts.length === 0 ? 'no findings' : parts.join(', ');
}

/** The year-on-year section in sentences. */
export function comparisonSentence(c: AssessmentComparison): string {
  const a = c.summary.actions;
  const actions = a['done-by-target'] + a.done + a.overdue + a.open;
  const since = c.previous.date !== undefined ? `Since the assessment of ${writtenDate(c.previous.date)}` : 'Since the previous assessment';
  const changedParts = [c.summary.answersChanged > 0 ? count(c.summary.answersChanged, 'answer') : '', c.summary.evidenceChanged > 0 ? `the evidence of ${count(c.summary.evidenceChanged, 'provision')}` : ''].filter((x) => x !== '');
  const changed = changedParts.length === 0 ? 'no answer or evidence changed' : `${changedParts.join(' and ')} changed`;
  const fate =
    actions === 0
      ? 'no actions were promised'
      : `of the ${count(actions, 'action')} promised, ${listWords(
          (['done-by-target', 'done', 'overdue', 'open'] as const).filter((k) => a[k] > 0).map((k) => `${a[k]} ${ACTION_STATUS_LABELS[k].toLowerCase()}`),
        )}`;
  return `${since}: ${changed}; ${fate}.`;
}

/** Escapes every value placed in the page, numbers included. */
const h = htmlText;

/** Each of the renderer's own tables (frozen: the library's text, the same for every report), its words escaped once, by key. */
const ESCAPED = new WeakMap<object, ReadonlyMap<string, string>>();

/** The words of `table`, escaped once, by key (kept for a frozen table, which cannot change). */
function escapedOf(table: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  let escaped = ESCAPED.get(table);
  if (escaped === undefined) {
    escaped = new Map(Object.entries(table).map(([k, v]) => [k, h(v)]));
    if (Object.isFrozen(table)) ESCAPED.set(table, escaped);
  }
  return escaped;
}

/**
 * The words `table` gives `key`, escaped: those of `escaped` ({@link escapedOf} the table) for one
 * of the table's own keys; otherwise what the table gives, or else the key, escaped here.
 */
function wordsHtml(escaped: ReadonlyMap<string, string>, table: Readonly<Record<string, string>>, key: unknown): string {
  return escaped.get(key as string) ?? h(table[key as string] ?? key);
}

/** The Code's requirement texts (the library's own), each escaped once, by provision number, with the text escaped. */
let requirements: Map<string, { readonly text: string; readonly html: string }> | undefined;

/**
 * A provision's requirement text, escaped: the Code's text escaped once when the report carries it
 * unchanged (as every report from assessSelfAssessment does), any other text escaped here.
 */
function requirementHtml(provision: unknown, text: unknown): string {
  requirements ??= new Map(code2024.map((p) => [p.number, { text: p.text, html: h(p.text) }]));
  const own = requirements.get(provision as string);
  return own !== undefined && own.text === text ? own.html : h(text);
}

/**
 * The words of every check the library makes (the report's own and the policy lint's, named as
 * {@link checkLabel} names them), escaped once, by code.
 */
const SEVERITY_HTML = /* @__PURE__ */ escapedOf(SEVERITY_WORDS);
const CHECK_HTML = /* @__PURE__ */ ((): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const code of [...LINT_CODES, ...Object.keys(CHECK_LABELS)]) out.set(code, h(checkLabel(code)));
  return out;
})();

function groupHtml(g: FindingGroup): string {
  const severity = h(g.severity);
  const head = `<span class="sev ${severity}">${wordsHtml(SEVERITY_HTML, SEVERITY_WORDS, g.severity)}</span> <span class="check" data-code="${h(g.code)}">${CHECK_HTML.get(g.code) ?? h(checkLabel(g.code))}${g.source !== '' ? `, ${h(g.source)}` : ''}</span>`;
  if (g.items.length === 1 && g.common === '') return `<li class="${severity}">${head}: ${h(g.items[0] as string)}</li>`;
  if (g.items.length === 0) return `<li class="${severity}">${head}: ${h(g.common)}</li>`;
  let out = `<li class="${severity}">${head} (${g.findings.length} alike): ${h(g.common)}<ul>`;
  for (const item of g.items) out += `<li>${h(item)}</li>`;
  return `${out}</ul></li>`;
}

/*
 * The page is built by adding to one string rather than joining lists: the pieces are then copied
 * once, when the page is read, rather than once for each list they were joined in.
 */
function groupsHtml(list: readonly Finding[]): string {
  const groups = groupFindings(list);
  let out = '<ul class="findings">\n';
  for (let i = 0; i < groups.length; i++) out += i === 0 ? groupHtml(groups[i] as FindingGroup) : `\n${groupHtml(groups[i] as FindingGroup)}`;
  return `${out}\n</ul>`;
}

/** The findings, grouped, as Markdown list items. */
export function groupsMarkdown(list: readonly Finding[], md: (s: string) => string): string[] {
  return groupFindings(list).flatMap((g) => {
    const head = `**${SEVERITY_WORDS[g.severity]}** (${md(checkLabel(g.code))}${g.source !== '' ? `, ${md(g.source)}` : ''})`;
    if (g.items.length === 1 && g.common === '') return [`- ${head}: ${md(g.items[0] as string)}`];
    if (g.items.length === 0) return [`- ${head}: ${md(g.common)}`];
    return [`- ${head}, ${g.findings.length} alike: ${md(g.common)}`, ...g.items.map((i) => `  - ${md(i)}`)];
  });
}

/** The year-on-year section as Markdown lines. */
export function comparisonMarkdown(c: AssessmentComparison, md: (s: string) => string): string[] {
  const out = ['## Since last year', '', md(comparisonSentence(c)), ''];
  if (c.actions.length > 0) {
    out.push("### Last year's actions", '', '| Provision | Action | Target date | Answer now | What became of it |', '| --- | --- | --- | --- | --- |');
    for (const a of c.actions) {
      out.push(
        `| ${a.provision} | ${md(a.action ?? '(none written)')} | ${a.targetDate !== undefined ? writtenDate(a.targetDate) : '—'} | ${a.answerNow !== undefined ? ANSWER_WORDS[a.answerNow] : 'not answered'} | ${ACTION_STATUS_LABELS[a.status]} |`,
      );
    }
    out.push('');
  }
  if (c.changes.length > 0) {
    out.push('### What changed', '');
    for (const ch of c.changes) out.push(`- ${md(changeWords(ch))}`);
    out.push('');
  }
  return out;
}

const ANSWER_WORDS = { yes: 'Yes', no: 'No', 'n/a': 'N/a' } as const;

function changeWords(ch: AssessmentComparison['changes'][number]): string {
  const parts: string[] = [];
  const q = (s: string | undefined) => (s === undefined ? 'nothing' : `"${s}"`);
  if (ch.answer !== undefined) parts.push(`answer ${ch.answer.from !== undefined ? ANSWER_WORDS[ch.answer.from] : 'none'} → ${ch.answer.to !== undefined ? ANSWER_WORDS[ch.answer.to] : 'none'}`);
  if (ch.evidence !== undefined) parts.push(`evidence ${q(ch.evidence.from)} → ${q(ch.evidence.to)}`);
  if (ch.commentary !== undefined) parts.push(`commentary ${q(ch.commentary.from)} → ${q(ch.commentary.to)}`);
  return `Provision ${ch.provision}: ${parts.join('; ')}`;
}

function comparisonHtml(c: AssessmentComparison): string {
  const actions =
    c.actions.length === 0
      ? ''
      : `<table class="cards"><caption>Last year's actions</caption><thead><tr><th scope="col">Provision</th><th scope="col">Action</th><th scope="col">Target date</th><th scope="col">Answer now</th><th scope="col">What became of it</th></tr></thead><tbody>${c.actions
          .map(
            (a) =>
              `<tr class="${h(a.status)}"><th scope="row">${h(a.provision)}</th><td data-label="Action">${h(a.action ?? '(none written)')}</td><td data-label="Target date">${a.targetDate !== undefined ? h(writtenDate(a.targetDate)) : '—'}</td><td data-label="Answer now">${a.answerNow !== undefined ? h(ANSWER_WORDS[a.answerNow]) : 'not answered'}</td><td data-label="What became of it">${h(ACTION_STATUS_LABELS[a.status])}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const changes = c.changes.length === 0 ? '<p>No answer, evidence or commentary changed.</p>' : `<h3>What changed</h3><ul>${c.changes.map((ch) => `<li>${h(changeWords(ch))}</li>`).join('')}</ul>`;
  const findings = c.findings.length === 0 ? '' : groupsHtml(c.findings);
  return `<section aria-labelledby="since-last-year"><h2 id="since-last-year">Since last year</h2><p>${h(comparisonSentence(c))}</p>${findings}${actions}${changes}</section>`;
}

/** The cover lines: who, what, when, which policy, compared with what. */
export function coverLines(report: AssessmentReport): [string, string][] {
  const a = report.assessment;
  const lines: [string, string][] = [];
  if (a.organisation !== undefined) lines.push(['Landlord', a.organisation]);
  if (a.title !== undefined) lines.push(['Assessment', a.title]);
  lines.push(['Date of assessment', a.date !== undefined ? writtenDate(a.date) : 'not given (give --date, or a date in the form)']);
  lines.push(['Policy checked', `${report.policy.title} (${report.policy.organisation}; id ${report.policy.id})`]);
  const c = report.comparison;
  if (c !== undefined) lines.push(['Compared with', c.previous.date !== undefined ? `the assessment of ${writtenDate(c.previous.date)}` : 'the previous assessment (undated)']);
  return lines;
}

export function reportTitle(report: AssessmentReport): string {
  const org = report.assessment.organisation;
  return org !== undefined ? `${org}: self-assessment against the Complaint Handling Code 2024` : 'Self-assessment against the Complaint Handling Code 2024';
}

const STATUS_CLASS = { complies: 'complies', 'does-not-comply': 'does-not-comply', other: 'other' } as const;

/** The pieces one after another (as `join('')`, added to one string rather than copied into a new one). */
function joined(pieces: readonly string[]): string {
  let out = '';
  for (let i = 0; i < pieces.length; i++) out += pieces[i];
  return out;
}

/** One bar per Code section, as an HTML list: readable at any width, printable, labelled in text. */
function bars(report: AssessmentReport): string {
  const items = report.summary.bySection.map((s) => {
    const ok = s.status.complies;
    const bad = s.status['does-not-comply'];
    const other = s.status['not-applicable'] + s.status['not-answered'];
    const label = `${ok}/${s.provisions} comply${bad > 0 ? `, ${bad} do not` : ''}${other > 0 ? `, ${other} N/a or not answered` : ''}`;
    const seg = (n: number, kind: keyof typeof STATUS_CLASS) => (n === 0 ? '' : `<span class="${STATUS_CLASS[kind]}" style="width:${Number.isFinite(n / s.provisions) ? ((n / s.provisions) * 100).toFixed(3) : 0}%"></span>`);
    return `<li class="section-bar" data-section="${h(s.section)}" aria-label="${h(`Section ${s.number}, ${s.title}: ${label}`)}"><span class="bar-label">${h(s.number)}. ${h(s.title)}</span><span class="bar" aria-hidden="true">${seg(ok, 'complies')}${seg(bad, 'does-not-comply')}${seg(other, 'other')}</span><span class="bar-count">${h(label)}</span></li>`;
  });
  return `<figure aria-labelledby="chart-title"><figcaption id="chart-title"><strong>Provisions that comply, by Code section.</strong> Each bar is one section of the Code, its whole length the section's provisions.</figcaption><ol class="bars">${joined(items)}</ol><ul class="key" aria-label="Key"><li><span class="complies" style="background:#2e7d32"></span>Complies</li><li><span style="background:#c62828"></span>Does not comply (hatched)</li><li><span style="background:#9e9e9e"></span>N/a or not answered (hatched)</li></ul></figure>`;
}

/**
 * The HTML page. `parts` brings what render.ts owns: the verdict sentence, verdict and status
 * labels, answer labels and the annual submission section.
 */
export function assessmentPage(
  report: AssessmentReport,
  parts: {
    verdict: string;
    verdictLabels: Readonly<Record<string, string>>;
    statusLabels: Readonly<Record<string, string>>;
    answerLabels: Readonly<Record<string, string>>;
    submission: string;
  },
): string {
  const title = reportTitle(report);
  const s = report.summary;
  const num = (n: number, label: string) => `<td class="num" data-label="${label}">${h(n)}</td>`;
  // The library's label tables, each escaped once (for a page, or kept: they are frozen).
  const verdictHtml = escapedOf(parts.verdictLabels);
  const statusHtml = escapedOf(parts.statusLabels);
  const answerHtml = escapedOf(parts.answerLabels);
  let sectionRows = '';
  for (let i = 0; i < s.bySection.length; i++) {
    const x = s.bySection[i] as (typeof s.bySection)[number];
    sectionRows += `${i === 0 ? '' : '\n'}<tr><th scope="row">${h(x.number)}. ${h(x.title)}</th>${num(x.provisions, 'Provisions')}${num(x.answers.yes, 'Yes')}${num(x.answers.no, 'No')}${num(x.answers['n/a'], 'N/a')}${num(x.answers.missing, 'Not answered')}${num(x.findings.breach, 'Breaches')}${num(x.findings.warning, 'Warnings')}<td class="verdict ${h(x.verdict)}" data-label="Verdict">${wordsHtml(verdictHtml, parts.verdictLabels, x.verdict)}</td></tr>`;
  }
  let findings = '';
  const sections = findingsBySection(report);
  for (let i = 0; i < sections.length; i++) {
    const x = sections[i] as (typeof sections)[number];
    findings += `${i === 0 ? '' : '\n'}<h3>${h(x.title)}</h3>\n${groupsHtml(x.findings)}`;
  }
  let provisionRows = '';
  for (let i = 0; i < report.provisions.length; i++) {
    const p = report.provisions[i] as (typeof report.provisions)[number];
    provisionRows += `${i === 0 ? '' : '\n'}<tr class="${h(p.status)}"><th scope="row">${h(p.provision)}</th><td data-label="Requirement">${requirementHtml(p.provision, p.text)}</td><td data-label="Answer">${p.answer ? wordsHtml(answerHtml, parts.answerLabels, p.answer) : '—'}</td><td data-label="Evidence">${h(p.evidence ?? '')}</td><td data-label="Status">${wordsHtml(statusHtml, parts.statusLabels, p.status)}</td></tr>`;
  }
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>
${REPORT_CSS}
</style>
</head>
<body>
<header class="cover">
<h1>${h(title)}</h1>
<dl>
${coverLines(report)
  .map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`)
  .join('\n')}
</dl>
<div class="verdict-box ${h(s.verdict)}"><p><strong>${h(parts.verdict)}</strong></p>${report.comparison !== undefined ? `<p>${h(comparisonSentence(report.comparison))}</p>` : ''}</div>
<div class="sign-off" aria-label="Sign-off"><div>Signed for the governing body</div><div>Name and role</div><div>Date</div></div>
</header>
<main>
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
${bars(report)}
<table class="cards">
<caption>Answers and findings by Code section</caption>
<thead><tr><th scope="col">Code section</th><th scope="col" class="num">Provisions</th><th scope="col" class="num">Yes</th><th scope="col" class="num">No</th><th scope="col" class="num">N/a</th><th scope="col" class="num">Not answered</th><th scope="col" class="num">Breaches</th><th scope="col" class="num">Warnings</th><th scope="col">Verdict</th></tr></thead>
<tbody>
${sectionRows}
</tbody>
</table>
<p class="legend">Yes, No, N/a and Not answered count the answers on the form; together they make the section's provisions. Breaches and warnings count the findings below (a provision may have more than one); notes are not counted here.</p>
</section>
<section aria-labelledby="findings">
<h2 id="findings">Findings</h2>
<p class="legend">Breach: the assessment cannot be signed off as it stands. Warning: the answer may be right, but the evidence does not show it. Note: worth a look. Findings that say the same thing are shown once.</p>
${report.findings.length === 0 ? '<p>No findings.</p>' : findings}
</section>
${report.comparison !== undefined ? comparisonHtml(report.comparison) : ''}
${parts.submission}<section aria-labelledby="policy-check">
<h2 id="policy-check">The policy check</h2>
<p>What the policy check finds in ${h(report.policy.title)} itself, whatever the answers:</p>
${report.policyFindings.length === 0 ? '<p>Nothing.</p>' : groupsHtml(report.policyFindings)}
</section>
<section class="provisions" aria-labelledby="provisions">
<h2 id="provisions">Provisions</h2>
<table class="cards">
<thead><tr><th scope="col">Provision</th><th scope="col">Requirement</th><th scope="col">Answer</th><th scope="col">Evidence</th><th scope="col">Status</th></tr></thead>
<tbody>
${provisionRows}
</tbody>
</table>
</section>
</main>
</body>
</html>
`;
}
