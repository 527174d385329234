{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · led by "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":3,"column":64},"end":{"line":3,"column":80}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Affected:** "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"affected") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Critical: the code fix for an incident.** The incident "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"incident") : depth0), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"statusText") : depth0), depth0)) != null ? stack1 : "")
    + ") was recorded as clearly relating to our code. Fixing it is critical priority while the incident is being stabilized.\n\n**Incident:** ["
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"incident") : depth0), depth0)) != null ? stack1 : "")
    + "]("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"issueUrl") : depth0), depth0)) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":42},"end":{"line":3,"column":87}}})) != null ? stack1 : "")
    + "\n\n### What happened\n"
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"affected") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + "\nPost progress on the incident with `/update`, and link the pull request that fixes it here.\n";
},"useData":true}
