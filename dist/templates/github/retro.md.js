{"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"when") : depth0), depth0)) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "to be scheduled (`/retro when`)";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "required for severity "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + ": hold it as soon as possible"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"due") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":98},"end":{"line":7,"column":133}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", by "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"due") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":7,"column":114},"end":{"line":7,"column":126}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "recommended for severity "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + ": hold it when you can, even briefly; close this issue as not planned if the team decides it is not needed";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · [Slack thread]("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · [P2 post]("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · [Make post]("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"make") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · [critical issue for the code fix]("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"url") : stack1), depth0)) != null ? stack1 : "")
    + ") ("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"ref") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**How:** see [an example retrospective]("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"retroExample") : depth0), depth0)) != null ? stack1 : "")
    + ") for the format and the depth to aim for.\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Public post:** "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"publicDecision") : depth0)) != null ? lookupProperty(stack1,"by") : stack1), depth0)) != null ? stack1 : "")
    + " decided not to post on Make: "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"publicDecision") : depth0)) != null ? lookupProperty(stack1,"skip") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Affected:** "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"affected") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"impactStart") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":22,"column":38},"end":{"line":22,"column":58}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    return "unknown (the form's \"When it started\" gives no time)";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "_The timeline continues in the comments below ("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"continued") : depth0), depth0)) != null ? stack1 : "")
    + " more entries)._\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Changes before it started\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"suspects") : depth0),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":40,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"reverts") : depth0),{"name":"each","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":43,"column":16}}})) != null ? stack1 : "")
    + "\n\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"pr",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":39,"column":8},"end":{"line":39,"column":22}}}),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":2},"end":{"line":39,"column":169}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"deployment",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":39,"column":175},"end":{"line":39,"column":197}}}),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":169},"end":{"line":39,"column":345}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"release",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":39,"column":351},"end":{"line":39,"column":370}}}),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":345},"end":{"line":39,"column":482}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"marked") : depth0),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":482},"end":{"line":39,"column":517}}})) != null ? stack1 : "")
    + "\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(19, data, 0),"data":data,"loc":{"start":{"line":39,"column":24},"end":{"line":39,"column":95}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":95},"end":{"line":39,"column":122}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":122},"end":{"line":39,"column":162}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "[#"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + "]("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"url") : depth0), depth0)) != null ? stack1 : "")
    + ")";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "#"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " by "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"by") : depth0), depth0)) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", merged "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"at") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":39,"column":144},"end":{"line":39,"column":155}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Deployment "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"url") : depth0),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.program(24, data, 0),"data":data,"loc":{"start":{"line":39,"column":210},"end":{"line":39,"column":265}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":265},"end":{"line":39,"column":292}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"time").call(alias1,(depth0 != null ? lookupProperty(depth0,"at") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":39,"column":294},"end":{"line":39,"column":305}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":305},"end":{"line":39,"column":338}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "["
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + "]("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"url") : depth0), depth0)) != null ? stack1 : "")
    + ")";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"status") : depth0), depth0)) != null ? stack1 : "");
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Release "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"url") : depth0),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.program(24, data, 0),"data":data,"loc":{"start":{"line":39,"column":380},"end":{"line":39,"column":435}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":435},"end":{"line":39,"column":462}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"time").call(alias1,(depth0 != null ? lookupProperty(depth0,"at") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":39,"column":464},"end":{"line":39,"column":475}}})) != null ? stack1 : "");
},"27":function(container,depth0,helpers,partials,data) {
    return " · **suspect**";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"number") : depth0),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":17},"end":{"line":43,"column":7}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n- #"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " reverted #"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"pr") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- ["
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"closed") : depth0),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.program(32, data, 0),"data":data,"loc":{"start":{"line":60,"column":3},"end":{"line":60,"column":34}}})) != null ? stack1 : "")
    + "] #"
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":57},"end":{"line":60,"column":121}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"pr") : depth0),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(36, data, 0),"data":data,"loc":{"start":{"line":60,"column":121},"end":{"line":60,"column":262}}})) != null ? stack1 : "")
    + "\n";
},"31":function(container,depth0,helpers,partials,data) {
    return "x";
},"32":function(container,depth0,helpers,partials,data) {
    return " ";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (@"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"owner") : depth0), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"due") : depth0),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":82},"end":{"line":60,"column":113}}})) != null ? stack1 : "")
    + ")";
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", due "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"due") : depth0), depth0)) != null ? stack1 : "");
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": done in #"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"pr") : depth0)) != null ? lookupProperty(stack1,"number") : stack1), depth0)) != null ? stack1 : "");
},"36":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"closed") : depth0),"done",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":60,"column":169},"end":{"line":60,"column":187}}}),{"name":"if","hash":{},"fn":container.program(37, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":163},"end":{"line":60,"column":202}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"closed") : depth0),"not-planned",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":60,"column":208},"end":{"line":60,"column":233}}}),{"name":"if","hash":{},"fn":container.program(38, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":60,"column":202},"end":{"line":60,"column":255}}})) != null ? stack1 : "");
},"37":function(container,depth0,helpers,partials,data) {
    return ": done";
},"38":function(container,depth0,helpers,partials,data) {
    return ": not planned";
},"39":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"done") : depth0),{"name":"unless","hash":{},"fn":container.program(40, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":65,"column":11}}})) != null ? stack1 : "");
},"40":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- [ ] "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":64,"column":6},"end":{"line":64,"column":23}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "")
    + " (task "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"n") : depth0), depth0)) != null ? stack1 : "")
    + " of the incident, still open)\n";
},"41":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "@"
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + " ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Retrospective: "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"name") : depth0), depth0)) != null ? stack1 : "")
    + "\n\nThis retrospective is **blameless**: we look for what in our systems and our process let this happen and made it harder to handle, not for who to blame. Everyone who helped is invited.\n\n**Incident:** "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"repo") : depth0), depth0)) != null ? stack1 : "")
    + "#"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " · severity "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + ") · "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"statusText") : depth0), depth0)) != null ? stack1 : "")
    + "\n**When:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"when") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":6,"column":10},"end":{"line":6,"column":76}}})) != null ? stack1 : "")
    + "\n**Urgency:** "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"required") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":7,"column":13},"end":{"line":7,"column":297}}})) != null ? stack1 : "")
    + "\n**Links:** [GitHub issue]("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"issueUrl") : depth0), depth0)) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":39},"end":{"line":8,"column":99}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":99},"end":{"line":8,"column":148}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":148},"end":{"line":8,"column":203}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"number") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":203},"end":{"line":8,"column":294}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"retroExample") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"publicDecision") : depth0)) != null ? lookupProperty(stack1,"skip") : stack1),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":7},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "### Summary and impact\n"
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"affected") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + "\n### Key durations\n| | |\n|---|---|\n| Impact started | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"impactStart") : depth0),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":22,"column":19},"end":{"line":22,"column":125}}})) != null ? stack1 : "")
    + " |\n| Time to detect | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"durations") : depth0)) != null ? lookupProperty(stack1,"toDetect") : stack1),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":23,"column":19},"end":{"line":23,"column":50}}})) != null ? stack1 : "")
    + " |\n| Impact duration | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"durations") : depth0)) != null ? lookupProperty(stack1,"impact") : stack1),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":24,"column":20},"end":{"line":24,"column":49}}})) != null ? stack1 : "")
    + " |\n| Time to lead | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"durations") : depth0)) != null ? lookupProperty(stack1,"toLead") : stack1),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":25,"column":17},"end":{"line":25,"column":46}}})) != null ? stack1 : "")
    + " |\n| Time to stabilize | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"durations") : depth0)) != null ? lookupProperty(stack1,"toStabilize") : stack1),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":26,"column":22},"end":{"line":26,"column":56}}})) != null ? stack1 : "")
    + " |\n| Time to resolve | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"durations") : depth0)) != null ? lookupProperty(stack1,"toResolve") : stack1),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":27,"column":20},"end":{"line":27,"column":52}}})) != null ? stack1 : "")
    + " |\n| Total | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"durations") : depth0)) != null ? lookupProperty(stack1,"total") : stack1),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":28,"column":10},"end":{"line":28,"column":38}}})) != null ? stack1 : "")
    + " |\n\n### Timeline\n"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"timelineText") : depth0), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"continued") : depth0),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"suspects") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":45,"column":7}}})) != null ? stack1 : "")
    + "### 5 Whys\n1. Why did it happen?\n2. Why?\n3. Why?\n4. Why?\n5. Why?\n\n### What went well\n\n### What hurt\n\n### Action items\n- [ ] \n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(depth0 != null ? lookupProperty(depth0,"followups") : depth0),{"name":"each","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":59,"column":0},"end":{"line":61,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(depth0 != null ? lookupProperty(depth0,"tasks") : depth0),{"name":"each","hash":{},"fn":container.program(39, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":66,"column":9}}})) != null ? stack1 : "")
    + "\n### Attendees\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,(depth0 != null ? lookupProperty(depth0,"attendees") : depth0),{"name":"each","hash":{},"fn":container.program(41, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":0},"end":{"line":69,"column":38}}})) != null ? stack1 : "")
    + "\n\n---\nWhen it has been held: comment `/reviewed` here (or close this issue as completed). `/followup title` here opens a follow-up issue linked to the incident.\n";
},"useData":true}
