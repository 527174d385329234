{"0":function(container,depth0,helpers,partials,data) {
    return "x";
},"1":function(container,depth0,helpers,partials,data) {
    return " ";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (@"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"owner") : stack1), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"due") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":127},"end":{"line":1,"column":176}}})) != null ? stack1 : "")
    + ")";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", due "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"due") : stack1), depth0)) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": done in #"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"pr") : stack1)) != null ? lookupProperty(stack1,"number") : stack1), depth0)) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"closed") : stack1),"done",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":250},"end":{"line":1,"column":277}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":244},"end":{"line":1,"column":292}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"closed") : stack1),"not-planned",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":298},"end":{"line":1,"column":332}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":292},"end":{"line":1,"column":354}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return ": done";
},"7":function(container,depth0,helpers,partials,data) {
    return ": not planned";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- ["
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"closed") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":43}}})) != null ? stack1 : "")
    + "] #"
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"number") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"owner") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":84},"end":{"line":1,"column":184}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"followup") : depth0)) != null ? lookupProperty(stack1,"pr") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":1,"column":184},"end":{"line":1,"column":361}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}
