{"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"no-lead",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":24},"end":{"line":1,"column":43}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":18},"end":{"line":1,"column":269}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"escalate",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":275},"end":{"line":1,"column":295}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":269},"end":{"line":1,"column":461}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"update",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":467},"end":{"line":1,"column":485}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":461},"end":{"line":1,"column":708}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"stuck",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":714},"end":{"line":1,"column":731}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":708},"end":{"line":1,"column":943}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"retro",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":949},"end":{"line":1,"column":966}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":943},"end":{"line":1,"column":1147}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"make-post",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":1153},"end":{"line":1,"column":1174}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":1147},"end":{"line":1,"column":1440}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "⏰ "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":47},"end":{"line":1,"column":78}}})) != null ? stack1 : "")
    + "this severity "
    + ((stack1 = alias1(((stack1 = (depths[1] != null ? lookupProperty(depths[1],"severity") : depths[1])) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + " incident has had no lead for "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + ". You are on support rotation: comment `/claim` to lead it, or `/lead @someone` to hand it to someone who can.";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "@"
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + " ";
},"3":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\ud83d\udea8 This severity "
    + ((stack1 = alias1(((stack1 = (depths[1] != null ? lookupProperty(depths[1],"severity") : depths[1])) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + " incident has had no lead for "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + ", and the team has been alerted in Slack. Whoever can lead it: comment `/claim`.";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "⏰ "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":489},"end":{"line":1,"column":520}}})) != null ? stack1 : "")
    + "there has been no update for "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + "; this severity expects one every "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"updateEvery") : depth0), depth0)) != null ? stack1 : "")
    + ". Post one with `/update what changed, what is next` (or `/snooze 1h`, at most "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"maxSnooze") : depth0), depth0)) != null ? stack1 : "")
    + ").";
},"5":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "⏳ "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":735},"end":{"line":1,"column":766}}})) != null ? stack1 : "")
    + "this incident has been "
    + ((stack1 = alias1((depths[1] != null ? lookupProperty(depths[1],"statusText") : depths[1]), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + ". If the short-term fixes are in, `/resolve how it was solved`; if not, an `/update` on what is left helps everyone.";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\ud83d\udcdd "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":971},"end":{"line":1,"column":1002}}})) != null ? stack1 : "")
    + "this incident was resolved "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"since") : depth0), depth0)) != null ? stack1 : "")
    + " ago and its retrospective is required for this severity. Please schedule it with everyone who helped.";
},"7":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\ud83d\udce3 "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":1179},"end":{"line":1,"column":1210}}})) != null ? stack1 : "")
    + "("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"role") : depth0), depth0)) != null ? stack1 : "")
    + ") the public Make post for this severity "
    + ((stack1 = alias1(((stack1 = (depths[1] != null ? lookupProperty(depths[1],"severity") : depths[1])) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + " incident is not up: the action could not publish it ("
    + ((stack1 = alias1(((stack1 = (depths[1] != null ? lookupProperty(depths[1],"failures") : depths[1])) != null ? lookupProperty(stack1,"make") : stack1), depth0)) != null ? stack1 : "")
    + "). Please post it by hand or fix the Make connection; the action keeps trying.";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"reminder") : depth0),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":1449}}})) != null ? stack1 : "")
    + "\n";
},"useData":true,"useDepths":true}
