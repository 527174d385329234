{"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Opened #"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + ", which reverts #"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"pr") : depth0), depth0)) != null ? stack1 : "")
    + " (asked for by @"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"by") : depth0), depth0)) != null ? stack1 : "")
    + "). Review and merge it to roll the change back.";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "@"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"by") : depth0), depth0)) != null ? stack1 : "")
    + ", no pull request reverting #"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"pr") : depth0), depth0)) != null ? stack1 : "")
    + " was opened: "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"problem") : depth0), depth0)) != null ? stack1 : "")
    + ".";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"number") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":206}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}
