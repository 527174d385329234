"use strict";
exports.id = 203;
exports.ids = [203];
exports.modules = {

/***/ 8203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sweep: () => (/* binding */ sweep)
});

// UNUSED EXPORTS: reasonToRun

// EXTERNAL MODULE: ./src/actions/core.ts + 6 modules
var core = __webpack_require__(3923);
// EXTERNAL MODULE: ./src/domain/followups.ts
var followups = __webpack_require__(2337);
// EXTERNAL MODULE: ./src/domain/reminders.ts
var reminders = __webpack_require__(9127);
// EXTERNAL MODULE: ./src/config/config.ts + 1 modules
var config_config = __webpack_require__(4774);
// EXTERNAL MODULE: ./src/domain/time.ts
var time = __webpack_require__(1099);
;// CONCATENATED MODULE: ./src/domain/digest.ts
// The daily digest: which open incidents to list, and what is overdue on each, at time T.
// Pure: the sweep posts it (handlers/digest.ts); no incident's state is written for it.



/** The local date (YYYY-MM-DD) and minute of the day in a time zone. */
function localClock(nowMs, timezone) {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date(nowMs));
    const get = (type) => parts.find((p) => p.type === type)?.value ?? '00';
    return { date: `${get('year')}-${get('month')}-${get('day')}`, minute: (Number(get('hour')) % 24) * 60 + Number(get('minute')) };
}
/**
 * Today's digest is due (its local time has come): its date, and when the local day began (the
 * channel is looked at from then, so a digest time changed during the day does not post twice).
 */
function digestDue(nowMs, config) {
    if (!config.digest)
        return undefined;
    const { date, minute } = localClock(nowMs, config.timezone);
    if (minute < config.digest.atMinute)
        return undefined;
    return { date, sinceMs: nowMs - minute * 60_000 - (nowMs % 60_000) };
}
const OPEN = new Set(['recorded', 'stabilized', 'investigating']);
/** What is overdue on an incident now, in words. */
function overdueOf(state, nowMs, config) {
    const severity = (0,config_config/* severityOf */.xJ)(config, state.severity);
    const since = (iso) => (iso ? nowMs - Date.parse(iso) : NaN);
    const out = [];
    if (state.status === 'reported')
        out.push(`awaiting confirmation for ${(0,time/* formatDuration */.a3)(since(state.times.reported))}`);
    if (severity && OPEN.has(state.status)) {
        if (!state.lead && since(state.times.recorded) > severity.leadWithinMs)
            out.push(`no lead for ${(0,time/* formatDuration */.a3)(since(state.times.recorded))}`);
        const last = state.times.update ?? state.times.lead ?? state.times.recorded;
        if (state.lead && since(last) > severity.updateEveryMs)
            out.push(`update (every ${(0,time/* formatDuration */.a3)(severity.updateEveryMs)}; last ${(0,time/* formatDuration */.a3)(since(last))} ago)`);
    }
    if ((state.status === 'stabilized' || state.status === 'investigating') && since(state.times[state.status]) > config.reminders.stuckAfterMs) {
        out.push(`resolution (${state.status} for ${(0,time/* formatDuration */.a3)(since(state.times[state.status]))})`);
    }
    if (state.status === 'resolved' && severity?.retrospective && since(state.times.resolved) > config.reminders.retroAfterMs)
        out.push(`retrospective (resolved ${(0,time/* formatDuration */.a3)(since(state.times.resolved))} ago)`);
    for (const f of state.followups ?? [])
        if ((0,followups/* isOverdue */.Jv)(f, nowMs))
            out.push(`follow-up #${f.number} (due ${f.due}${f.owner ? `, ${f.owner}` : ''})`);
    return out;
}
/** The incidents the digest lists: every open one but those already reviewed, most severe first. */
function digestLines(incidents, nowMs, config) {
    return incidents
        .filter((i) => i.state.status !== 'reviewed')
        .sort((a, b) => a.state.severity - b.state.severity || a.number - b.number)
        .map((i) => {
        const last = i.state.times.update;
        return { ...i, severity: i.state.severity, status: i.state.status, lead: i.state.lead, lastUpdate: last ? `${(0,time/* formatDuration */.a3)(nowMs - Date.parse(last))} ago` : 'none yet', overdue: overdueOf(i.state, nowMs, config) };
    });
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/render/view.ts + 1 modules
var view = __webpack_require__(6837);
// EXTERNAL MODULE: ./src/slack/slack.ts
var slack_slack = __webpack_require__(944);
;// CONCATENATED MODULE: ./src/handlers/digest.ts
// The daily digest in Slack: one message a day listing the open incidents, posted by the first
// sweep after its local time (none when nothing is open). At most one a day: the message
// carries the key `<repo>:digest-YYYY-MM-DD` in its metadata and the channel is looked at for
// it first; two sweeps that raced both see both messages after posting, and the later one
// deletes its own. It writes no incident: the incidents' runs stay their only writers.





/** Incidents one digest lists. */
const MAX_LISTED = 50;
/** Posts today's digest if it is due and not posted yet; says what happened (undefined: not due). */
async function postDigest(env, incidents, nowMs) {
    const { config, slack } = env;
    const due = digestDue(nowMs, config);
    if (!due || !slack)
        return undefined;
    const lines = digestLines(incidents, nowMs, config);
    if (!lines.length)
        return 'not posted: no open incident';
    const key = `${env.repo.fullName}:digest-${due.date}`;
    // An hour more: on the day the clocks go back, the local day began an hour earlier than its minutes say.
    const oldest = String(Math.floor(due.sinceMs / 1000) - 3600);
    await env.loadTemplates();
    const text = env.render('slack/digest.slack', {
        date: due.date,
        repo: env.repo.fullName,
        // Most severe first; the rest counted, so the message stays within Slack's limits.
        incidents: lines.slice(0, MAX_LISTED).map((l) => ({ ...l, url: (0,render_escape/* safeUrl */.Pl)(l.url), status: view/* STATUS_TEXT */.Zt[l.status] })),
        more: Math.max(0, lines.length - MAX_LISTED)
    });
    if (env.dryRun) {
        core/* info */.pq(`[dry-run] would post the daily digest (${lines.length} incident(s)) unless ${key} is in the channel`);
        return 'dry run';
    }
    try {
        if ((await slack.allByKey(key, oldest)).length)
            return 'already posted today';
        const ts = await slack.post({ text, key });
        const twins = await slack.allByKey(key, oldest);
        if (twins.length > 1 && twins[0] !== ts) {
            await slack.delete(ts);
            return 'already posted today (by a sweep that ran at the same time)';
        }
        return `posted (${lines.length} incident(s))`;
    }
    catch (error) {
        // Without the channel's history there is no knowing whether it was posted: not posted, rather than twice.
        const why = (0,slack_slack/* describeSlackError */._P)(error);
        core/* warning */.$e(`The daily digest was not posted: ${why}. The next sweep tries again.`);
        return `not posted: ${why}`;
    }
}

// EXTERNAL MODULE: ./src/incident/card.ts
var incident_card = __webpack_require__(7642);
// EXTERNAL MODULE: ./src/incident/markers.ts
var markers = __webpack_require__(8033);
// EXTERNAL MODULE: ./src/github/not-found.ts
var not_found = __webpack_require__(8555);
// EXTERNAL MODULE: ./src/github/repo.ts
var github_repo = __webpack_require__(1839);
;// CONCATENATED MODULE: ./src/handlers/sweep-followups.ts




const COMMENT = 'id databaseId body url createdAt lastEditedAt author { ...actor }';
/**
 * Closed incidents with open follow-ups whose run has work: an owner's follow-up overdue and not
 * nudged yet, or a nudge that failed and is owed again (`reasonToRun`, as for open incidents).
 */
async function closedIncidentsToRun(env, self, open, reasonToRun) {
    const { repo, config } = env;
    const incidents = new Set();
    let after;
    for (;;) {
        const data = await repo.octokit.graphql(`query($owner: String!, $repo: String!, $labels: [String!], $after: String) { repository(owner: $owner, name: $repo) { issues(first: 100, after: $after, labels: $labels, states: [OPEN]) { pageInfo { hasNextPage endCursor } nodes { body author { ...actor } } } } }\n${github_repo/* ACTOR */.W1}`, { owner: repo.owner, repo: repo.repo, labels: [config.labels.followup], after });
        for (const f of data.repository.issues.nodes) {
            // Only follow-ups the action opened name their incident.
            const incident = f.author?.databaseId === self.id ? Number(markers/* FOLLOWUP_OF */.pr.exec(f.body)?.[1]) : NaN;
            if (Number.isSafeInteger(incident) && !open.has(incident))
                incidents.add(incident);
        }
        if (!data.repository.issues.pageInfo.hasNextPage)
            break;
        after = data.repository.issues.pageInfo.endCursor;
    }
    const due = [];
    for (const listing of await incidentsByNumber(repo, [...incidents])) {
        const card = await (0,incident_card/* listedCard */.u9)(repo, self, listing);
        const decoded = card ? (0,incident_card/* readCard */.hX)(card) : undefined;
        const why = decoded && 'state' in decoded ? reasonToRun(decoded.state, listing.comments) : undefined;
        if (why)
            due.push({ number: listing.number, why });
    }
    return due;
}
/** Incidents by number with their first comments (where the card is), 100 a request. */
async function incidentsByNumber(repo, numbers) {
    const listings = [];
    for (let i = 0; i < numbers.length; i += 100) {
        const batch = numbers.slice(i, i + 100);
        const fields = `number title url createdAt labels(first: 30) { nodes { name } } comments(first: 5) { totalCount nodes { ${COMMENT} } }`;
        // An incident deleted since its follow-up was opened is skipped.
        const data = await (0,not_found/* graphqlAllowingNotFound */.m)(repo, `query($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${batch.map((n) => `i${n}: issue(number: ${n}) { ${fields} }`).join(' ')} } }\n${github_repo/* ACTOR */.W1}`, { owner: repo.owner, repo: repo.repo });
        for (const n of batch) {
            const issue = data.repository[`i${n}`];
            if (!issue)
                continue;
            listings.push({ number: issue.number, title: issue.title, url: issue.url, createdAt: issue.createdAt, labels: issue.labels.nodes.map((l) => l.name), comments: issue.comments.totalCount, firstComments: issue.comments.nodes.map(github_repo/* restComment */.uc) });
        }
    }
    return listings;
}

// EXTERNAL MODULE: ./src/domain/sync.ts
var sync = __webpack_require__(6205);
// EXTERNAL MODULE: ./src/domain/paging.ts
var paging = __webpack_require__(226);
// EXTERNAL MODULE: ./src/incident/concurrency.ts
var concurrency = __webpack_require__(2869);
// EXTERNAL MODULE: ./src/incident/thread.ts + 1 modules
var thread = __webpack_require__(2807);
// EXTERNAL MODULE: ./src/incident/context.ts + 2 modules
var context = __webpack_require__(6978);
;// CONCATENATED MODULE: ./src/handlers/sweep.ts
// The scheduled sweep over every open incident. It writes no incident: it reads each one's
// trusted state (one GraphQL request per 100 incidents, with their first comments, where the
// card is) and decides which have something to do — a reminder due, a delivery owed or
// uncertain, a run GitHub dropped, a card to rebuild — and starts a run for each of those in
// the incident's own concurrency group (workflow_dispatch with the issue number). That run is
// the incident's one writer. A budget caps the dispatches of one sweep; the next sweep does the
// rest. Its one write of its own is the daily Slack digest (handlers/digest.ts), no incident's state.














/**
 * Runs one sweep starts at most: starting a run is a content-creating request, and GitHub
 * allows 80 of those a minute. The next sweep starts the rest.
 */
const MAX_STARTS = 50;
async function sweep(env, budget, requestsSoFar) {
    const { repo, config } = env;
    const nowMs = env.now().getTime();
    const { self, incidents } = await repo.listIncidents(config.labels.incident);
    const enabled = (0,context/* enabledDestinations */.zO)(env);
    const result = { incidents: incidents.length, started: [], deferred: [], problems: [], rows: [] };
    const work = [];
    const listed = [];
    const threads = [];
    for (const incident of incidents) {
        // One incident's problem never stops the sweep: it is listed and the sweep goes on.
        try {
            const card = await (0,incident_card/* listedCard */.u9)(repo, self, incident);
            const decoded = card ? (0,incident_card/* readCard */.hX)(card) : undefined;
            if (!decoded || 'error' in decoded) {
                if (decoded)
                    result.problems.push({ number: incident.number, problem: `the card's state is damaged (${decoded.error}); its run rebuilds it` });
                if (decoded || runWasDropped(incident, self, nowMs))
                    work.push({ number: incident.number, severity: LAST, why: card ? 'rebuild' : 'declare' });
                continue;
            }
            const state = decoded.state;
            if (decoded.repaired.length)
                result.problems.push({ number: incident.number, problem: `damaged fields reset: ${decoded.repaired.join(', ')}` });
            const why = reasonToRun(state, incident.comments, nowMs, env, enabled);
            if (why)
                work.push({ number: incident.number, severity: state.severity, why });
            else if (env.slack && state.slack?.ts && state.status !== 'reviewed')
                threads.push({ number: incident.number, state });
            listed.push({ number: incident.number, title: incident.title, url: incident.url, state });
            result.rows.push(row(incident.number, incident.title, state, nowMs, env));
        }
        catch (error) {
            result.problems.push({ number: incident.number, problem: error.message });
        }
    }
    // Incidents with nothing else to do: one Slack read each (conversations.replies), four at a
    // time, to see whether people wrote, edited or deleted something in the thread since the card looked.
    // At most 40 a sweep (conversations.replies allows about 50 a minute), taking turns when there
    // are more: each 10-minute sweep starts where the previous one stopped.
    const start = threads.length > MAX_THREAD_READS ? (Math.floor(nowMs / 600_000) * MAX_THREAD_READS) % threads.length : 0;
    const turn = [...threads.slice(start), ...threads.slice(0, start)].slice(0, MAX_THREAD_READS);
    // Slack failing (down, rate limiting, a missing scope): said once, and the remaining threads wait for the next sweep.
    let slackProblem;
    await (0,concurrency/* inChains */.u_)(chunk(turn, 4), 4, async ({ number, state }) => {
        if (slackProblem)
            return;
        const read = await (0,thread/* readThread */.nj)(env, state, (why) => (slackProblem ??= why));
        if (read && (0,thread/* threadChanged */.jg)(state, read))
            work.push({ number, severity: state.severity, why: 'new in the Slack thread' });
    });
    if (slackProblem)
        core/* warning */.$e(`Could not read the incidents' Slack threads: ${slackProblem}. Their messages are imported by a later sweep or event.`);
    // Follow-ups of closed incidents (one request per 100 open follow-ups): an owner owed a nudge, or a nudge that failed, starts the incident's run.
    try {
        const toRun = await closedIncidentsToRun(env, self, new Set(incidents.map((i) => i.number)), (state, comments) => reasonToRun(state, comments, nowMs, env, enabled));
        for (const { number, why } of toRun)
            work.push({ number, severity: LAST - 1, why });
    }
    catch (error) {
        core/* warning */.$e(`Could not read the follow-ups of closed incidents: ${error.message}; the next sweep tries again.`);
    }
    // The daily digest (Slack only, no GitHub request): open incidents as this sweep read them.
    result.digest = await postDigest(env, listed, nowMs);
    if (result.digest)
        core/* info */.pq(`Daily digest: ${result.digest}`);
    // Most severe first, then oldest.
    work.sort((a, b) => a.severity - b.severity || a.number - b.number);
    const { file, ref } = env.incidentWorkflow;
    for (const item of work) {
        if (requestsSoFar() + 1 > budget || result.started.length >= MAX_STARTS) {
            result.deferred.push(item.number);
            continue;
        }
        if (env.dryRun) {
            core/* info */.pq(`[dry-run] would start a run for #${item.number} (${item.why})`);
            continue;
        }
        try {
            await repo.dispatch(file, ref, { issue: String(item.number) });
            result.started.push(item);
        }
        catch (error) {
            const status = error.status;
            const problem = status === 403
                ? `could not start its run: the workflow token needs \`actions: write\` to start ${file} (workflow_dispatch)`
                : status === 404 || status === 422
                    ? `could not start its run: ${file} has no workflow_dispatch trigger with an \`issue\` input on ${ref} (set the incident-workflow input)`
                    : `could not start its run: ${error.message}`;
            result.problems.push({ number: item.number, problem });
            core/* warning */.$e(`#${item.number}: ${problem}`);
            // The same answer for every incident: stop asking.
            if (status === 403 || status === 404 || status === 422) {
                result.deferred.push(...work.slice(work.indexOf(item) + 1).map((w) => w.number));
                break;
            }
        }
    }
    if (result.deferred.length)
        core/* notice */.lm(`${result.deferred.length} incident(s) left for the next sweep: ${result.deferred.map((n) => `#${n}`).join(', ')}`);
    return result;
}
/** Slack threads one sweep reads: under conversations.replies' limit of about 50 a minute (Tier 3). */
const MAX_THREAD_READS = 40;
/** Incidents without a readable state go after every real one. */
const LAST = Number.MAX_SAFE_INTEGER;
/**
 * A labelled issue without a card whose run GitHub dropped: no comment of the action's at all
 * (a run that found the form unusable left its request to fix it), and older than a few
 * minutes (its own run, or the one that opened it, may still be under way).
 */
function runWasDropped(incident, self, nowMs) {
    return nowMs - Date.parse(incident.createdAt) > 10 * 60_000 && !incident.firstComments.some((c) => (0,github_repo/* writtenBy */.xO)(self, c));
}
/** Why an incident needs its run now, or undefined. */
function reasonToRun(state, comments, nowMs, env, enabled) {
    const due = (0,reminders/* dueReminders */.qY)(state, nowMs, env.config);
    if (due.length)
        return `reminder due: ${due.map((r) => r.kind).join(', ')}`;
    if ((0,paging/* pageDue */.Km)(state, nowMs, env.config, enabled))
        return 'page due: nobody leads';
    if (state.comments !== undefined && comments > state.comments)
        return 'comments not handled yet';
    if ((0,followups/* nudgesDue */.lm)(state, nowMs).length)
        return 'follow-up overdue';
    // A destination that keeps failing is retried less and less often: 10 minutes, 20, 40… up to 6 hours.
    if (state.failedRuns && state.failedAt && nowMs < Date.parse(state.failedAt) + Math.min(RETRY_AFTER_MS * 2 ** (state.failedRuns - 1), MAX_RETRY_AFTER_MS))
        return undefined;
    if (state.pending?.length)
        return 'deliveries to confirm';
    const owed = (0,sync/* owedSyncs */.AK)(state, env.config, enabled);
    if (owed.length)
        return `owed: ${[...new Set(owed.map((o) => o.dest))].join(', ')}`;
    return undefined;
}
const RETRY_AFTER_MS = 10 * 60_000;
const MAX_RETRY_AFTER_MS = 6 * 3_600_000;
function row(number, title, state, nowMs, env) {
    const next = (0,reminders/* nextReminderAt */.jK)(state, nowMs, env.config);
    const last = state.times.update;
    return {
        number,
        title,
        severity: state.severity,
        status: view/* STATUS_TEXT */.Zt[state.status],
        lead: state.lead ?? '—',
        age: state.times.reported ? (0,time/* formatDuration */.a3)(nowMs - Date.parse(state.times.reported)) : '',
        lastUpdate: last ? `${(0,time/* formatDuration */.a3)(nowMs - Date.parse(last))} ago` : 'none',
        nextReminder: next === undefined ? '—' : next <= nowMs ? 'due now' : (0,time/* formatTime */.fU)(new Date(next).toISOString(), env.config.timezone)
    };
}
/** Items dealt round-robin into n chains (run side by side, each in order). */
function chunk(items, n) {
    const chains = Array.from({ length: n }, () => []);
    items.forEach((item, i) => chains[i % n].push(item));
    return chains.filter((c) => c.length);
}


/***/ })

};
;