{"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":wave: "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"person") : depth0), depth0)) != null ? stack1 : "")
    + ", your `!"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"command") : depth0), depth0)) != null ? stack1 : "")
    + "` was kept as a note, not run: commands typed here run only for people whose Slack account is mapped to their GitHub login. A maintainer can add `"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"user") : depth0), depth0)) != null ? stack1 : "")
    + "` under `slack.users` in `.github/incident.yml` (as `your-github-login: "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"user") : depth0), depth0)) != null ? stack1 : "")
    + "`); until then, use `/"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"command") : depth0), depth0)) != null ? stack1 : "")
    + "` in a comment on <"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"issueUrl") : depth0), depth0)) != null ? stack1 : "")
    + "|the GitHub issue>.\n";
},"useData":true}
