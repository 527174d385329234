{"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"n") : depth0), depth0)) != null ? stack1 : "")
    + ". "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":3,"column":7},"end":{"line":3,"column":24}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":clipboard: *Tasks still open* at "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"statusText") : depth0), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"openTasks") : depth0)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + "):\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"openTasks") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":4,"column":9}}})) != null ? stack1 : "")
    + "Tick one with `/done N` on the issue; turn longer work into follow-ups with `/followup`.\n";
},"useData":true}
