export const id = 683;
export const ids = [683];
export const modules = {

/***/ 683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recurrence: () => (/* binding */ recurrence)
/* harmony export */ });
/* harmony import */ var _form_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4700);
/* harmony import */ var _incident_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4444);


async function recurrence(env, ctx, state, by, text) {
    const { repo } = env;
    const old = `${repo.fullName}#${ctx.issue.number}`;
    const body = (0,_form_body_js__WEBPACK_IMPORTED_MODULE_0__/* .formBody */ .b)(env, {
        ...ctx.declaration,
        severity: state.severity,
        started: env.now().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        evidence: `It happened again more than 48 hours after ${old} was resolved, so it is recorded as a new incident (reported by @${by}).${text ? `\n\n${text}` : ''}`
    });
    const issue = await repo.createIssue({ title: `Recurrence: ${ctx.issue.title.replace(/^(Recurrence: )+/, '')}`, body, labels: [env.config.labels.incident] });
    await (0,_incident_js__WEBPACK_IMPORTED_MODULE_1__/* .runIncident */ .ao)(env, issue, { kind: 'declared-by', login: by });
    await repo.createComment(ctx.issue.number, env.render('github/recurred.md', { by, number: issue.number }));
    return issue.number;
}


/***/ })

};
