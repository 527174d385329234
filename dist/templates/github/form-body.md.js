{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"affected") : depth0), depth0)) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "_No response_";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"started") : depth0), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"reportLink") : depth0), depth0)) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "X";
},"5":function(container,depth0,helpers,partials,data) {
    return " ";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"thirdParty") : depth0), depth0)) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"evidence") : depth0), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Summary\n\n"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"summary") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n### Severity\n\n"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"severity") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n### Affected part of the service\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"affected") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":11,"column":56}}})) != null ? stack1 : "")
    + "\n\n### When it started\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"started") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":15,"column":54}}})) != null ? stack1 : "")
    + "\n\n### User report\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"reportLink") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":19,"column":60}}})) != null ? stack1 : "")
    + "\n\n### Code\n\n- ["
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"relatedToCode") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":23,"column":3},"end":{"line":23,"column":41}}})) != null ? stack1 : "")
    + "] This clearly relates to our code (a fix will be a pull request)\n\n### Third party involved\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"thirdParty") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":27,"column":60}}})) != null ? stack1 : "")
    + "\n\n### Evidence\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":31,"column":56}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}
