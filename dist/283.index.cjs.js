"use strict";
exports.id = 283;
exports.ids = [283];
exports.modules = {

/***/ 283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   declareFromDispatch: () => (/* binding */ declareFromDispatch)
/* harmony export */ });
/* harmony import */ var _domain_form_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4355);
/* harmony import */ var _incident_markers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8033);
/* harmony import */ var _incident_opened_issues_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1658);
/* harmony import */ var _incident_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7949);




async function declareFromDispatch(env, inputs, actor) {
    const title = (inputs.title ?? '').trim();
    const summary = (inputs.summary ?? '').trim() || title;
    const severity = (0,_domain_form_js__WEBPACK_IMPORTED_MODULE_0__/* .severityFromText */ .xe)(String(inputs.severity ?? ''), env.config);
    const levels = env.config.severities.map((s) => s.level).join(', ');
    if (!title)
        throw new Error('workflow_dispatch needs a title input (the incident issue title).');
    if (severity === undefined)
        throw new Error(`workflow_dispatch severity "${inputs.severity ?? ''}" is not one of ${levels}.`);
    const answers = {
        summary,
        severity,
        affected: inputs.affected ?? '',
        started: inputs.started ?? '',
        reportLink: inputs['report-link'] ?? '',
        relatedToCode: /^(true|yes|1)$/i.test(inputs['related-to-code'] ?? ''),
        thirdParty: inputs['third-party'] ?? '',
        evidence: inputs.evidence ?? ''
    };
    const body = `${(0,_incident_markers_js__WEBPACK_IMPORTED_MODULE_3__/* .declaredByMarker */ .sh)(actor)}\n${(0,_incident_opened_issues_js__WEBPACK_IMPORTED_MODULE_1__/* .formBody */ .bQ)(env, answers)}`;
    const issue = await env.repo.createIssue({ title: title.slice(0, 256), body, labels: [env.config.labels.incident] });
    return (0,_incident_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runIncident */ .a)(env, issue, { kind: 'declared-by', login: actor });
}


/***/ })

};
;