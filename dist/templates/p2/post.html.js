{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":3,"column":35},"end":{"line":3,"column":51}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "to be found"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"msr") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":70},"end":{"line":3,"column":129}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"msr") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":3,"column":83},"end":{"line":3,"column":98}}})) != null ? stack1 : "")
    + " is on support rotation)";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br>\n<strong>Stabilized:</strong> "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"times") : depth0)) != null ? lookupProperty(stack1,"stabilized") : stack1),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":5,"column":29},"end":{"line":5,"column":54}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br>\n<strong>Resolved:</strong> "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"times") : depth0)) != null ? lookupProperty(stack1,"resolved") : stack1),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":6,"column":27},"end":{"line":6,"column":50}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>Affected:</strong> "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"affected") : stack1), depth0)) != null ? stack1 : "")
    + "</p>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>Started:</strong> "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"started") : stack1), depth0)) != null ? stack1 : "")
    + "</p>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>Third party involved:</strong> "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"thirdParty") : stack1), depth0)) != null ? stack1 : "")
    + "</p>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1), depth0)) != null ? stack1 : "")
    + "\">Pinned Slack thread</a></li>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\""
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"make") : stack1), depth0)) != null ? stack1 : "")
    + "\">Public Make post</a></li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>Status:</strong> "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"statusText") : depth0), depth0)) != null ? stack1 : "")
    + "<br>\n<strong>Severity:</strong> "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + "): "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"definition") : stack1), depth0)) != null ? stack1 : "")
    + "<br>\n<strong>Lead:</strong> "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":23},"end":{"line":3,"column":136}}})) != null ? stack1 : "")
    + "<br>\n<strong>Recorded:</strong> "
    + ((stack1 = lookupProperty(helpers,"time").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"times") : depth0)) != null ? lookupProperty(stack1,"reported") : stack1),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":4,"column":27},"end":{"line":4,"column":50}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"times") : depth0)) != null ? lookupProperty(stack1,"stabilized") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":50},"end":{"line":5,"column":61}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"times") : depth0)) != null ? lookupProperty(stack1,"resolved") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":61},"end":{"line":6,"column":57}}})) != null ? stack1 : "")
    + "</p>\n<h2>Description</h2>\n<p>"
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1), depth0)) != null ? stack1 : "")
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"affected") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"started") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":7},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"thirdParty") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":7},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + "<h2>Links</h2>\n<ul>\n<li><a href=\""
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"issueUrl") : depth0), depth0)) != null ? stack1 : "")
    + "\">GitHub issue "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"repo") : depth0), depth0)) != null ? stack1 : "")
    + "&#35;"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + "</a> (timeline, commands)</li>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":7},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + "</ul>\n<p>Updates are posted as comments below.</p>\n";
},"useData":true}
