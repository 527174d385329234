{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"reason") : depth0), depth0)) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "It needs the repository's **"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"needs") : depth0), depth0)) != null ? stack1 : "")
    + "** permission or higher; you have **"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"has") : depth0), depth0)) != null ? stack1 : "")
    + "**. Ask a maintainer to run it, or to grant you that permission.";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "@"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"by") : depth0), depth0)) != null ? stack1 : "")
    + " `/"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"command") : depth0), depth0)) != null ? stack1 : "")
    + "` was not run. "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"reason") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":36},"end":{"line":1,"column":219}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}
