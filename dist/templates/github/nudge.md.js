{"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "@"
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"owner") : stack1), depth0)) != null ? stack1 : "")
    + ", this follow-up of incident "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"repo") : depth0), depth0)) != null ? stack1 : "")
    + "#"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " was due on "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"due") : stack1), depth0)) != null ? stack1 : "")
    + ". Is it still planned? Close it when it is done (a pull request that says `Fixes #"
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"number") : stack1), depth0)) != null ? stack1 : "")
    + "` does that when it is merged), or say here when it will be.\n";
},"useData":true}
