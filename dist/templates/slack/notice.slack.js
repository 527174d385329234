{"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":eyes: An incident report awaits confirmation: <"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"issueUrl") : depth0), depth0)) != null ? stack1 : "")
    + "|#"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + "> (severity "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + ", reported by "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"recorder") : depth0), depth0)) != null ? stack1 : "")
    + "). Nothing is announced until someone who may declare incidents comments `/confirm` on the issue.\n";
},"useData":true}
