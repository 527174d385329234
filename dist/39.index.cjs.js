"use strict";
exports.id = 39;
exports.ids = [39];
exports.modules = {

/***/ 6039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeReport: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3923);
/* harmony import */ var _domain_metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4845);
/* harmony import */ var _domain_followups_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2337);
/* harmony import */ var _incident_card_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7642);
/* harmony import */ var _domain_time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1099);
/* harmony import */ var _render_view_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6837);
/* harmony import */ var _render_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7789);
// The metrics report: incidents of a period by severity, how long each step took, open
// follow-ups and pending retrospectives; to the job summary and, if asked, an issue.







async function writeReport(env, period, asIssue) {
    const { repo, config } = env;
    const toMs = env.now().getTime();
    const fromMs = toMs - (0,_domain_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)(period);
    // Every incident (closed ones too), read from its card; filtered by when it was reported.
    const { self, incidents: listed } = await repo.listIncidents(config.labels.incident, { open: false });
    const incidents = [];
    for (const issue of listed) {
        const card = await (0,_incident_card_js__WEBPACK_IMPORTED_MODULE_2__/* .listedCard */ .u9)(repo, self, issue);
        const decoded = card ? (0,_incident_card_js__WEBPACK_IMPORTED_MODULE_2__/* .readCard */ .hX)(card) : undefined;
        if (decoded && 'state' in decoded)
            incidents.push({ number: issue.number, title: issue.title, url: issue.url, state: decoded.state });
    }
    const inPeriod = incidents.filter((i) => Date.parse(i.state.times.reported ?? '') >= fromMs && i.state.status !== 'reported');
    const followups = await repo.octokit.paginate('GET /repos/{owner}/{repo}/issues', { owner: repo.owner, repo: repo.repo, labels: config.labels.followup, state: 'open', per_page: 100 });
    const bySeverity = (0,_domain_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .report */ .z8)(incidents.map((i) => i.state), fromMs, toMs, config);
    const markdown = env.render('github/report.md', {
        from: new Date(fromMs).toISOString(),
        to: new Date(toMs).toISOString(),
        total: inPeriod.length,
        severities: bySeverity.map((s) => ({ ...s, name: config.severities.find((x) => x.level === s.level)?.name ?? '' })),
        chart: new _render_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .Safe */ .KU(bySeverity.filter((s) => s.count).map((s) => `    "Severity ${s.level}" : ${s.count}`).join('\n')),
        openFollowups: followups.filter((f) => !f.pull_request).length,
        retrosPending: bySeverity.reduce((n, s) => n + s.retrosPending, 0),
        overdue: overdueFollowups(incidents, new Set(followups.filter((f) => !f.pull_request).map((f) => f.number)), toMs),
        leads: (0,_domain_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .leadCounts */ .dN)(inPeriod.map((i) => i.state)),
        incidents: inPeriod
            .sort((a, b) => a.number - b.number)
            .map((i) => ({ number: i.number, title: i.title, url: (0,_render_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .safeUrl */ .Pl)(i.url), severity: i.state.severity, status: _render_view_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_TEXT */ .Zt[i.state.status], ...(0,_domain_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .durations */ .SB)(i.state) }))
    });
    if (process.env.GITHUB_STEP_SUMMARY)
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown).write();
    let issue;
    if (asIssue && !env.dryRun) {
        issue = (await repo.createIssue({ title: `Incident report: ${new Date(fromMs).toISOString().slice(0, 10)} to ${new Date(toMs).toISOString().slice(0, 10)}`, body: markdown })).number;
    }
    return { markdown, incidents: inPeriod.length, issue };
}
/**
 * Follow-ups past their due date whose issue is still open, per incident (every incident, not
 * only the period's: old follow-ups are the ones forgotten). No request beyond the report's own.
 */
function overdueFollowups(incidents, open, nowMs) {
    return incidents
        .map((i) => ({ number: i.number, title: i.title, url: (0,_render_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .safeUrl */ .Pl)(i.url), items: (i.state.followups ?? []).filter((f) => open.has(f.number) && (0,_domain_followups_js__WEBPACK_IMPORTED_MODULE_6__/* .isOverdue */ .Jv)({ ...f, closed: undefined }, nowMs)) }))
        .filter((i) => i.items.length);
}


/***/ })

};
;