{"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"update",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":21},"end":{"line":1,"column":39}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":15},"end":{"line":1,"column":99}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"status",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":105},"end":{"line":1,"column":123}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":99},"end":{"line":1,"column":406}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"severity",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":412},"end":{"line":1,"column":432}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":406},"end":{"line":1,"column":515}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"reopened",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":521},"end":{"line":1,"column":541}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":515},"end":{"line":1,"column":640}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>Update</strong> from "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":1,"column":73},"end":{"line":1,"column":87}}})) != null ? stack1 : "")
    + ":</p>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"statusText") : depth0), depth0)) != null ? stack1 : "")
    + "</strong> ("
    + ((stack1 = lookupProperty(helpers,"mention").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":1,"column":161},"end":{"line":1,"column":175}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"stabilized",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":182},"end":{"line":1,"column":206}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":176},"end":{"line":1,"column":228}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"resolved",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":234},"end":{"line":1,"column":256}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":228},"end":{"line":1,"column":276}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"investigating",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":282},"end":{"line":1,"column":309}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":276},"end":{"line":1,"column":329}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"reviewed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":335},"end":{"line":1,"column":357}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":329},"end":{"line":1,"column":395}}})) != null ? stack1 : "")
    + "</p>";
},"3":function(container,depth0,helpers,partials,data) {
    return ". Mitigation:";
},"4":function(container,depth0,helpers,partials,data) {
    return ". Solution:";
},"5":function(container,depth0,helpers,partials,data) {
    return ". Findings:";
},"6":function(container,depth0,helpers,partials,data) {
    return ". The retrospective was held.";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>Severity changed to "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"severity") : depth0), depth0)) != null ? stack1 : "")
    + "</strong> by "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":1,"column":490},"end":{"line":1,"column":504}}})) != null ? stack1 : "")
    + "</p>";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><strong>It happened again.</strong> Back to stabilization pending ("
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":1,"column":613},"end":{"line":1,"column":627}}})) != null ? stack1 : "")
    + ").</p>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"paragraphs") : depth0),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":18},"end":{"line":3,"column":9}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "<p>"
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(alias1,(depth0 != null ? lookupProperty(depth0,"entry") : depth0),{"name":"with","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":649}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"paragraphs") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":3,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}
