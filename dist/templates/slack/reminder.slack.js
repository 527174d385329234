{"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"no-lead",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":24},"end":{"line":1,"column":43}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":18},"end":{"line":1,"column":176}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"escalate",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":182},"end":{"line":1,"column":202}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":176},"end":{"line":1,"column":381}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"update",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":387},"end":{"line":1,"column":405}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":381},"end":{"line":1,"column":523}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"stuck",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":529},"end":{"line":1,"column":546}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":523},"end":{"line":1,"column":619}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"retro",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":625},"end":{"line":1,"column":642}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":619},"end":{"line":1,"column":720}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"make-post",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":726},"end":{"line":1,"column":747}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":720},"end":{"line":1,"column":880}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":alarm_clock: No lead for "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + ". "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":82},"end":{"line":1,"column":120}}})) != null ? stack1 : "")
    + "(support rotation): please `/claim` it on GitHub.";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":1,"column":94},"end":{"line":1,"column":110}}})) != null ? stack1 : "")
    + " ";
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!here> :rotating_light: Incident <"
    + ((stack1 = alias1((depths[1] != null ? lookupProperty(depths[1],"issueUrl") : depths[1]), depth0)) != null ? stack1 : "")
    + "|#"
    + ((stack1 = alias1((depths[1] != null ? lookupProperty(depths[1],"number") : depths[1]), depth0)) != null ? stack1 : "")
    + "> (severity "
    + ((stack1 = alias1(((stack1 = (depths[1] != null ? lookupProperty(depths[1],"severity") : depths[1])) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + ") has had *no lead for "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + "*. Whoever can lead: `/claim` on GitHub.";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":alarm_clock: "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":421},"end":{"line":1,"column":459}}})) != null ? stack1 : "")
    + "no update for "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + " (expected every "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"updateEvery") : depth0), depth0)) != null ? stack1 : "")
    + ").";
},"5":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":hourglass: "
    + ((stack1 = alias1((depths[1] != null ? lookupProperty(depths[1],"statusText") : depths[1]), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + ": can it be resolved?";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":memo: Resolved "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + " ago; the retrospective is still to be held.";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":mega: "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":756},"end":{"line":1,"column":794}}})) != null ? stack1 : "")
    + "("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"role") : depth0), depth0)) != null ? stack1 : "")
    + ") the public Make post is not up yet: the action could not publish it.";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"reminder") : depth0),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":889}}})) != null ? stack1 : "")
    + "\n";
},"useData":true,"useDepths":true}
