{"0":function(container,depth0,helpers,partials,data) {
    return "\ud83d\udea8";
},"1":function(container,depth0,helpers,partials,data) {
    return "✅";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":7,"column":25},"end":{"line":7,"column":41}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**Nobody yet.**"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"msr") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":7,"column":64},"end":{"line":7,"column":258}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"msr") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":7,"column":76},"end":{"line":7,"column":91}}})) != null ? stack1 : "")
    + " is on support rotation (MSR) and is asked to lead: comment `/claim`. If you can't, say so here so someone else can.";
},"5":function(container,depth0,helpers,partials,data) {
    return " Whoever can lead: comment `/claim`.";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"holder") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":15},"end":{"line":9,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"name") : depth0), depth0)) != null ? stack1 : "")
    + "** | "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"holder") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":8,"column":46},"end":{"line":8,"column":64}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"what") : depth0), depth0)) != null ? stack1 : "")
    + ") |\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "[alert thread]("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"9":function(container,depth0,helpers,partials,data) {
    return "not posted";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "[incident post]("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **Retrospective** | #"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"retro") : depth0)) != null ? lookupProperty(stack1,"number") : stack1), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"retro") : depth0)) != null ? lookupProperty(stack1,"when") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":59},"end":{"line":12,"column":100}}})) != null ? stack1 : "")
    + " |\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"retro") : depth0)) != null ? lookupProperty(stack1,"when") : stack1), depth0)) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **Follow-ups** | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"followups") : depth0),{"name":"each","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":50},"end":{"line":13,"column":90}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"project") : depth0)) != null ? lookupProperty(stack1,"added") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":90},"end":{"line":13,"column":166}}})) != null ? stack1 : "")
    + "|\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "#"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " ";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "("
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"project") : depth0)) != null ? lookupProperty(stack1,"added") : stack1)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + " in the project)";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **Code fix** | "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"number") : stack1),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":14,"column":36},"end":{"line":14,"column":213}}})) != null ? stack1 : "")
    + " |\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "["
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"ref") : stack1), depth0)) != null ? stack1 : "")
    + "]("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"url") : stack1), depth0)) != null ? stack1 : "")
    + ") (critical)";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"problem") : stack1),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":14,"column":102},"end":{"line":14,"column":206}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    return "not opened (see below)";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "critical issue in "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"repo") : stack1), depth0)) != null ? stack1 : "")
    + ": not opened yet";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| **Paged ("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"service") : depth0), depth0)) != null ? stack1 : "")
    + ")** | "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"problem") : depth0),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":15,"column":50},"end":{"line":15,"column":389}}})) != null ? stack1 : "")
    + " |\n";
},"22":function(container,depth0,helpers,partials,data) {
    return "not paged";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"triggered") : depth0),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":82},"end":{"line":15,"column":124}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owed") : depth0),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":124},"end":{"line":15,"column":167}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"overtaken") : depth0),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":167},"end":{"line":15,"column":223}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"uncertain") : depth0),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":223},"end":{"line":15,"column":268}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"acknowledged") : depth0),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":268},"end":{"line":15,"column":331}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"resolved") : depth0),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":331},"end":{"line":15,"column":382}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"triggered") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":15,"column":99},"end":{"line":15,"column":117}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    return "owed: nobody led in time";
},"26":function(container,depth0,helpers,partials,data) {
    return "not sent: a lead was found first";
},"27":function(container,depth0,helpers,partials,data) {
    return "sent, its answer lost";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", acknowledged "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"acknowledged") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":15,"column":303},"end":{"line":15,"column":324}}})) != null ? stack1 : "");
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", resolved "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"resolved") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":15,"column":358},"end":{"line":15,"column":375}}})) != null ? stack1 : "");
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "[public post]("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"make") : stack1), depth0)) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"makeLimited") : depth0),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":69},"end":{"line":16,"column":124}}})) != null ? stack1 : "");
},"31":function(container,depth0,helpers,partials,data) {
    return " (says the impact is limited)";
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"makePlan") : depth0),"owed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":138},"end":{"line":16,"column":158}}}),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":132},"end":{"line":16,"column":181}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"makePlan") : depth0),"waits-for-lead",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":187},"end":{"line":16,"column":217}}}),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":181},"end":{"line":16,"column":319}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"makePlan") : depth0),"skipped",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":325},"end":{"line":16,"column":348}}}),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":319},"end":{"line":16,"column":435}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"makePlan") : depth0),"not-needed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":441},"end":{"line":16,"column":467}}}),{"name":"if","hash":{},"fn":container.program(36, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":435},"end":{"line":16,"column":532}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"makePlan") : depth0),"off",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":16,"column":538},"end":{"line":16,"column":557}}}),{"name":"if","hash":{},"fn":container.program(37, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":532},"end":{"line":16,"column":591}}})) != null ? stack1 : "");
},"33":function(container,depth0,helpers,partials,data) {
    return "not posted yet";
},"34":function(container,depth0,helpers,partials,data) {
    return "goes out once the incident has a lead (or `/public`); `/public skip why` to decide against it";
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "not posted: "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"publicDecision") : depth0)) != null ? lookupProperty(stack1,"by") : stack1), depth0)) != null ? stack1 : "")
    + " decided against it ("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"publicDecision") : depth0)) != null ? lookupProperty(stack1,"skip") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"36":function(container,depth0,helpers,partials,data) {
    return "not needed for this severity (`/public` posts it anyway)";
},"37":function(container,depth0,helpers,partials,data) {
    return "off (no Make credentials)";
},"38":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> [!WARNING]\n> Some updates could not be delivered yet; they are retried on the next run.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1),{"name":"if","hash":{},"fn":container.program(39, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1),{"name":"if","hash":{},"fn":container.program(40, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":7},"end":{"line":23,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),{"name":"if","hash":{},"fn":container.program(41, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":7},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"github") : stack1),{"name":"if","hash":{},"fn":container.program(42, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":7},"end":{"line":25,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"pagerduty") : stack1),{"name":"if","hash":{},"fn":container.program(43, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":7},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"opsgenie") : stack1),{"name":"if","hash":{},"fn":container.program(44, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":7},"end":{"line":27,"column":7}}})) != null ? stack1 : "");
},"39":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> - **Slack**: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"40":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> - **P2**: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> - **Make**: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"make") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"42":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> - **GitHub**: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"github") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"43":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> - **PagerDuty**: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"pagerduty") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"44":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> - **Opsgenie**: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"opsgenie") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"45":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> [!NOTE]\n> "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"unpublishedEdit") : depth0), depth0)) != null ? stack1 : "")
    + " edited the title or the form; Slack, P2 and Make still show the text before that edit. Someone who may declare incidents can publish it by editing it again.\n";
},"46":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> [!NOTE]\n> The reporter was not told on GitHub: "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"reportProblem") : depth0), depth0)) != null ? stack1 : "")
    + ".\n";
},"47":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> [!WARNING]\n> Reminders are late: the "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"sweepLate") : depth0)) != null ? lookupProperty(stack1,"what") : stack1), depth0)) != null ? stack1 : "")
    + " reminder was due at "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"sweepLate") : depth0)) != null ? lookupProperty(stack1,"dueAt") : stack1),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":42,"column":65},"end":{"line":42,"column":89}}})) != null ? stack1 : "")
    + " and has not been sent. The scheduled sweep (the reminders workflow) seems to have stopped; the incident-setup workflow says why.\n";
},"48":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"problem") : depth0),{"name":"if","hash":{},"fn":container.program(49, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":15},"end":{"line":48,"column":7}}})) != null ? stack1 : "");
},"49":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n\n> [!WARNING]\n> "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"problem") : depth0), depth0)) != null ? stack1 : "")
    + ".\n";
},"50":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> [!WARNING]\n> "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"problem") : stack1), depth0)) != null ? stack1 : "")
    + ".\n";
},"51":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> [!NOTE]\n> "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"project") : depth0)) != null ? lookupProperty(stack1,"problem") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"52":function(container,depth0,helpers,partials,data) {
    return "- ⬜ Someone who may declare incidents confirms this report: comment `/confirm` or add the incident label. Until then nothing is announced.\n";
},"53":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(54, data, 0),"data":data,"loc":{"start":{"line":65,"column":2},"end":{"line":65,"column":31}}})) != null ? stack1 : "")
    + " A lead is found (`/claim`, or `/lead @someone`)\n- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(54, data, 0),"data":data,"loc":{"start":{"line":66,"column":2},"end":{"line":66,"column":38}}})) != null ? stack1 : "")
    + " The team is alerted in Slack (alert pinned; talk in its thread)\n- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(54, data, 0),"data":data,"loc":{"start":{"line":67,"column":2},"end":{"line":67,"column":35}}})) != null ? stack1 : "")
    + " The incident is posted on P2\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"makeWanted") : depth0),{"name":"if","hash":{},"fn":container.program(55, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":69,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"makePlan") : depth0),"waits-for-lead",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":69,"column":13},"end":{"line":69,"column":43}}}),{"name":"if","hash":{},"fn":container.program(56, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":7},"end":{"line":70,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"makePlan") : depth0),"skipped",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":70,"column":13},"end":{"line":70,"column":36}}}),{"name":"if","hash":{},"fn":container.program(57, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":70,"column":7},"end":{"line":71,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"reportLink") : stack1),{"name":"if","hash":{},"fn":container.program(58, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":72,"column":0},"end":{"line":73,"column":7}}})) != null ? stack1 : "")
    + "- ⬜ Triage: search the runbooks and docs, check logs and dashboards, compare staging with production (links below)"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"thirdParty") : stack1),{"name":"if","hash":{},"fn":container.program(61, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":114},"end":{"line":74,"column":201}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"slackOn") : depth0),{"name":"if","hash":{},"fn":container.program(62, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":201},"end":{"line":74,"column":256}}})) != null ? stack1 : "")
    + "\n- ⬜ Record everything with `/note` (`/note at 10:02 …` for when it happened) or in the Slack thread; copy or screenshot before restarting or deleting anything\n- ⬜ Post an `/update` at least every "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"updateEvery") : depth0), depth0)) != null ? stack1 : "")
    + "\n- ⬜ When the service is no longer disrupted: `/stabilized how it was mitigated`\n";
},"54":function(container,depth0,helpers,partials,data) {
    return "⬜";
},"55":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(54, data, 0),"data":data,"loc":{"start":{"line":68,"column":20},"end":{"line":68,"column":55}}})) != null ? stack1 : "")
    + " The public Make post says the outage is being investigated\n";
},"56":function(container,depth0,helpers,partials,data) {
    return "- ⬜ The lead publishes the public Make post (it goes out when someone leads, or with `/public`; `/public skip why` records a decision not to)\n";
},"57":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- ✅ Decided not to post publicly on Make: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"publicDecision") : depth0)) != null ? lookupProperty(stack1,"skip") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"58":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"thanked") : depth0),{"name":"if","hash":{},"fn":container.program(59, data, 0),"inverse":container.program(60, data, 0),"data":data,"loc":{"start":{"line":72,"column":32},"end":{"line":72,"column":226}}})) != null ? stack1 : "")
    + "\n";
},"59":function(container,depth0,helpers,partials,data) {
    return "✅ The reporter was thanked and told the team is investigating";
},"60":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "⬜ Reply to [the user's report]("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"reportUrl") : stack1), depth0)) != null ? stack1 : "")
    + "): thank them and say the team is investigating";
},"61":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", and contact **"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"thirdParty") : stack1), depth0)) != null ? stack1 : "")
    + "** early";
},"62":function(container,depth0,helpers,partials,data) {
    return "; start a huddle if talking helps";
},"63":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- ⬜ Identify the fixes (`/investigating what was found`) and post `/update`s at least every "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"updateEvery") : depth0), depth0)) != null ? stack1 : "")
    + "\n- ⬜ When the short-term fixes are in: `/resolve how it was solved`\n";
},"64":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"mark").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1),{"name":"mark","hash":{},"data":data,"loc":{"start":{"line":84,"column":2},"end":{"line":84,"column":29}}})) != null ? stack1 : "")
    + " Slack: the alert says resolved and is unpinned"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1),"pending",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":84,"column":82},"end":{"line":84,"column":115}}}),{"name":"if","hash":{},"fn":container.program(65, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":84,"column":76},"end":{"line":84,"column":134}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1),"failed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":84,"column":140},"end":{"line":84,"column":172}}}),{"name":"if","hash":{},"fn":container.program(66, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":84,"column":134},"end":{"line":84,"column":235}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1),"off",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":84,"column":241},"end":{"line":84,"column":270}}}),{"name":"if","hash":{},"fn":container.program(67, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":84,"column":235},"end":{"line":84,"column":320}}})) != null ? stack1 : "")
    + "\n- "
    + ((stack1 = lookupProperty(helpers,"mark").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1),{"name":"mark","hash":{},"data":data,"loc":{"start":{"line":85,"column":2},"end":{"line":85,"column":26}}})) != null ? stack1 : "")
    + " P2: the post says resolved, with the solution in a comment"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1),"pending",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":85,"column":91},"end":{"line":85,"column":121}}}),{"name":"if","hash":{},"fn":container.program(65, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":85},"end":{"line":85,"column":140}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1),"failed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":85,"column":146},"end":{"line":85,"column":175}}}),{"name":"if","hash":{},"fn":container.program(68, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":140},"end":{"line":85,"column":235}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1),"off",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":85,"column":241},"end":{"line":85,"column":267}}}),{"name":"if","hash":{},"fn":container.program(69, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":85,"column":235},"end":{"line":85,"column":313}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),"not-needed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":86,"column":10},"end":{"line":86,"column":45}}}),{"name":"unless","hash":{},"fn":container.program(70, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":86,"column":0},"end":{"line":87,"column":11}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"reportLink") : stack1),{"name":"if","hash":{},"fn":container.program(73, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":88,"column":0},"end":{"line":90,"column":14}}})) != null ? stack1 : "")
    + "\n- ⬜ Re-enable any alarms silenced during the incident\n- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"followups") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(80, data, 0),"inverse":container.program(81, data, 0),"data":data,"loc":{"start":{"line":92,"column":2},"end":{"line":92,"column":187}}})) != null ? stack1 : "")
    + "\n- ⬜ "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"retrospective") : depth0),{"name":"if","hash":{},"fn":container.program(82, data, 0),"inverse":container.program(83, data, 0),"data":data,"loc":{"start":{"line":93,"column":4},"end":{"line":93,"column":178}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"retro") : depth0)) != null ? lookupProperty(stack1,"number") : stack1),{"name":"if","hash":{},"fn":container.program(84, data, 0),"inverse":container.program(85, data, 0),"data":data,"loc":{"start":{"line":93,"column":178},"end":{"line":93,"column":271}}})) != null ? stack1 : "")
    + "\n";
},"65":function(container,depth0,helpers,partials,data) {
    return " (pending)";
},"66":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (failed: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1), depth0)) != null ? stack1 : "")
    + "; retried on the next run)";
},"67":function(container,depth0,helpers,partials,data) {
    return " (Slack is off: tell the channel by hand)";
},"68":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (failed: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1), depth0)) != null ? stack1 : "")
    + "; retried on the next run)";
},"69":function(container,depth0,helpers,partials,data) {
    return " (P2 is off: update the post by hand)";
},"70":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"mark").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),{"name":"mark","hash":{},"data":data,"loc":{"start":{"line":86,"column":49},"end":{"line":86,"column":75}}})) != null ? stack1 : "")
    + " Make: the public post's title and body say resolved"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),"pending",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":86,"column":133},"end":{"line":86,"column":165}}}),{"name":"if","hash":{},"fn":container.program(65, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":86,"column":127},"end":{"line":86,"column":184}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),"failed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":86,"column":190},"end":{"line":86,"column":221}}}),{"name":"if","hash":{},"fn":container.program(71, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":86,"column":184},"end":{"line":86,"column":283}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"destinations") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),"off",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":86,"column":289},"end":{"line":86,"column":317}}}),{"name":"if","hash":{},"fn":container.program(72, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":86,"column":283},"end":{"line":86,"column":370}}})) != null ? stack1 : "")
    + "\n";
},"71":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (failed: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"failures") : depth0)) != null ? lookupProperty(stack1,"make") : stack1), depth0)) != null ? stack1 : "")
    + "; retried on the next run)";
},"72":function(container,depth0,helpers,partials,data) {
    return " (Make is off: edit the public post by hand)";
},"73":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"reportOutside") : depth0),{"name":"if","hash":{},"fn":container.program(74, data, 0),"inverse":container.program(75, data, 0),"data":data,"loc":{"start":{"line":88,"column":30},"end":{"line":90,"column":7}}})) != null ? stack1 : "");
},"74":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- ⬜ Tell the reporter it is resolved, where they reported it: [the user's report]("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"reportUrl") : stack1), depth0)) != null ? stack1 : "")
    + ")\n";
},"75":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"told") : depth0),"done",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":89,"column":16},"end":{"line":89,"column":32}}}),{"name":"if","hash":{},"fn":container.program(76, data, 0),"inverse":container.program(77, data, 0),"data":data,"loc":{"start":{"line":89,"column":10},"end":{"line":89,"column":291}}})) != null ? stack1 : "")
    + "\n";
},"76":function(container,depth0,helpers,partials,data) {
    return "✅ The reporter's issue was told it is resolved";
},"77":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"told") : depth0),"failed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":89,"column":94},"end":{"line":89,"column":112}}}),{"name":"if","hash":{},"fn":container.program(78, data, 0),"inverse":container.program(79, data, 0),"data":data,"loc":{"start":{"line":89,"column":88},"end":{"line":89,"column":284}}})) != null ? stack1 : "");
},"78":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "❌ The reporter was not told on GitHub (see above): tell them at [the user's report]("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"reportUrl") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"79":function(container,depth0,helpers,partials,data) {
    return "⏳ The reporter's issue is told it is resolved";
},"80":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "✅ Follow-up issues opened ("
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"followups") : depth0)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + "); add more with `/followup title`";
},"81":function(container,depth0,helpers,partials,data) {
    return "⬜ Open follow-up issues for the long-term work: `/followup title`";
},"82":function(container,depth0,helpers,partials,data) {
    return "Hold the retrospective as soon as possible (required for this severity)";
},"83":function(container,depth0,helpers,partials,data) {
    return "Hold a retrospective (recommended: it is how the response improves)";
},"84":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": #"
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"retro") : depth0)) != null ? lookupProperty(stack1,"number") : stack1), depth0)) != null ? stack1 : "")
    + ", then `/reviewed` there";
},"85":function(container,depth0,helpers,partials,data) {
    return ": `/retro when`";
},"86":function(container,depth0,helpers,partials,data) {
    return "- ✅ Reviewed. Thank you all.\n";
},"87":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Triage help"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"triage") : depth0)) != null ? lookupProperty(stack1,"areas") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(88, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":100,"column":15},"end":{"line":100,"column":121}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"triage") : depth0)) != null ? lookupProperty(stack1,"links") : stack1),{"name":"each","hash":{},"fn":container.program(91, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":101,"column":0},"end":{"line":103,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"slackOn") : depth0),{"name":"if","hash":{},"fn":container.program(94, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":104,"column":0},"end":{"line":106,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"triage") : depth0)) != null ? lookupProperty(stack1,"provider") : stack1),{"name":"if","hash":{},"fn":container.program(97, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":107,"column":0},"end":{"line":109,"column":7}}})) != null ? stack1 : "")
    + "\n";
},"88":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"triage") : depth0)) != null ? lookupProperty(stack1,"areas") : stack1),{"name":"each","hash":{},"fn":container.program(89, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":100,"column":44},"end":{"line":100,"column":113}}})) != null ? stack1 : "")
    + ")";
},"89":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"last")),{"name":"unless","hash":{},"fn":container.program(90, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":100,"column":74},"end":{"line":100,"column":104}}})) != null ? stack1 : "");
},"90":function(container,depth0,helpers,partials,data) {
    return ", ";
},"91":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"url") : depth0),{"name":"if","hash":{},"fn":container.program(92, data, 0),"inverse":container.program(93, data, 0),"data":data,"loc":{"start":{"line":102,"column":2},"end":{"line":102,"column":57}}})) != null ? stack1 : "")
    + "\n";
},"92":function(container,depth0,helpers,partials,data) {
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
},"93":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "");
},"94":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"huddleUrl") : depth0),{"name":"if","hash":{},"fn":container.program(95, data, 0),"inverse":container.program(96, data, 0),"data":data,"loc":{"start":{"line":105,"column":2},"end":{"line":105,"column":175}}})) != null ? stack1 : "")
    + " when talking it through helps\n";
},"95":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "[Start a huddle in the incident channel]("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"huddleUrl") : depth0), depth0)) != null ? stack1 : "")
    + ")";
},"96":function(container,depth0,helpers,partials,data) {
    return "Start a huddle in the incident channel (the headphones button in the channel's header)";
},"97":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- ⬜ Contact **"
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"triage") : depth0)) != null ? lookupProperty(stack1,"provider") : stack1)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + "** early"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"triage") : depth0)) != null ? lookupProperty(stack1,"provider") : stack1)) != null ? lookupProperty(stack1,"url") : stack1),{"name":"if","hash":{},"fn":container.program(98, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":108,"column":46},"end":{"line":108,"column":131}}})) != null ? stack1 : "")
    + "\n";
},"98":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": [contact or status page]("
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"triage") : depth0)) != null ? lookupProperty(stack1,"provider") : stack1)) != null ? lookupProperty(stack1,"url") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"99":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Tasks ("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"openTaskCount") : depth0), depth0)) != null ? stack1 : "")
    + " open)\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"tasks") : depth0),{"name":"each","hash":{},"fn":container.program(100, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":114,"column":0},"end":{"line":116,"column":9}}})) != null ? stack1 : "")
    + "\nTick with `/done N` (the owner, the lead or a maintainer), or the owner reacts \ud83d\udc4d on their `/task` comment (read at the incident's next run).\n\n";
},"100":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"done") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(54, data, 0),"data":data,"loc":{"start":{"line":115,"column":2},"end":{"line":115,"column":31}}})) != null ? stack1 : "")
    + " **"
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"n") : depth0), depth0)) != null ? stack1 : "")
    + ".** "
    + ((stack1 = lookupProperty(helpers,"mention").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":115,"column":43},"end":{"line":115,"column":60}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"done") : depth0),{"name":"if","hash":{},"fn":container.program(101, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":115,"column":70},"end":{"line":115,"column":160}}})) != null ? stack1 : "")
    + "\n";
},"101":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (done"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"done") : depth0)) != null ? lookupProperty(stack1,"by") : stack1),(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":115,"column":94},"end":{"line":115,"column":112}}}),{"name":"if","hash":{},"fn":container.program(102, data, 0),"inverse":container.program(103, data, 0),"data":data,"loc":{"start":{"line":115,"column":88},"end":{"line":115,"column":152}}})) != null ? stack1 : "")
    + ")";
},"102":function(container,depth0,helpers,partials,data) {
    return "";
},"103":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", ticked by "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"done") : depth0)) != null ? lookupProperty(stack1,"by") : stack1), depth0)) != null ? stack1 : "");
},"104":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Changes before it started\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"read") : stack1),{"name":"if","hash":{},"fn":container.program(105, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":123,"column":0},"end":{"line":130,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"suspects") : depth0),{"name":"each","hash":{},"fn":container.program(108, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":131,"column":0},"end":{"line":133,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"more") : stack1),{"name":"if","hash":{},"fn":container.program(118, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":134,"column":0},"end":{"line":136,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"problem") : stack1),{"name":"if","hash":{},"fn":container.program(119, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":137,"column":0},"end":{"line":141,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"reverts") : depth0),{"name":"each","hash":{},"fn":container.program(120, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":142,"column":0},"end":{"line":144,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"105":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"suspects") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(106, data, 0),"inverse":container.program(107, data, 0),"data":data,"loc":{"start":{"line":124,"column":0},"end":{"line":129,"column":7}}})) != null ? stack1 : "");
},"106":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Merged pull requests, deployments and releases from "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"since") : stack1),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":125,"column":52},"end":{"line":125,"column":74}}})) != null ? stack1 : "")
    + " until it was recorded, newest first. `/suspect #123` marks one; `/revert #123` opens a pull request reverting it.\n\n";
},"107":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "No merged pull request, deployment or release in the "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"window") : stack1), depth0)) != null ? stack1 : "")
    + " before it was recorded.\n";
},"108":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"pr",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":132,"column":8},"end":{"line":132,"column":22}}}),{"name":"if","hash":{},"fn":container.program(109, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":132,"column":2},"end":{"line":132,"column":172}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"deployment",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":132,"column":178},"end":{"line":132,"column":200}}}),{"name":"if","hash":{},"fn":container.program(114, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":132,"column":172},"end":{"line":132,"column":351}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"release",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":132,"column":357},"end":{"line":132,"column":376}}}),{"name":"if","hash":{},"fn":container.program(116, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":132,"column":351},"end":{"line":132,"column":492}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"marked") : depth0),{"name":"if","hash":{},"fn":container.program(117, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":132,"column":492},"end":{"line":132,"column":530}}})) != null ? stack1 : "")
    + "\n";
},"109":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\ud83d\udd00 "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"if","hash":{},"fn":container.program(110, data, 0),"inverse":container.program(111, data, 0),"data":data,"loc":{"start":{"line":132,"column":27},"end":{"line":132,"column":98}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"if","hash":{},"fn":container.program(112, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":132,"column":98},"end":{"line":132,"column":125}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"title") : depth0),{"name":"if","hash":{},"fn":container.program(113, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":132,"column":125},"end":{"line":132,"column":165}}})) != null ? stack1 : "");
},"110":function(container,depth0,helpers,partials,data) {
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
},"111":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "#"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "");
},"112":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " by "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"by") : depth0), depth0)) != null ? stack1 : "");
},"113":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", merged "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"at") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":132,"column":147},"end":{"line":132,"column":158}}})) != null ? stack1 : "");
},"114":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\ud83d\ude80 Deployment "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"url") : depth0),{"name":"if","hash":{},"fn":container.program(92, data, 0),"inverse":container.program(93, data, 0),"data":data,"loc":{"start":{"line":132,"column":216},"end":{"line":132,"column":271}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"if","hash":{},"fn":container.program(112, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":132,"column":271},"end":{"line":132,"column":298}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"time").call(alias1,(depth0 != null ? lookupProperty(depth0,"at") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":132,"column":300},"end":{"line":132,"column":311}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),{"name":"if","hash":{},"fn":container.program(115, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":132,"column":311},"end":{"line":132,"column":344}}})) != null ? stack1 : "");
},"115":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"status") : depth0), depth0)) != null ? stack1 : "");
},"116":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\ud83c\udff7️ Release "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"url") : depth0),{"name":"if","hash":{},"fn":container.program(92, data, 0),"inverse":container.program(93, data, 0),"data":data,"loc":{"start":{"line":132,"column":390},"end":{"line":132,"column":445}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"if","hash":{},"fn":container.program(112, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":132,"column":445},"end":{"line":132,"column":472}}})) != null ? stack1 : "")
    + ", "
    + ((stack1 = lookupProperty(helpers,"time").call(alias1,(depth0 != null ? lookupProperty(depth0,"at") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":132,"column":474},"end":{"line":132,"column":485}}})) != null ? stack1 : "");
},"117":function(container,depth0,helpers,partials,data) {
    return " · **⚠️ suspect**";
},"118":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- … and "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"more") : stack1), depth0)) != null ? stack1 : "")
    + " more in the window\n";
},"119":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> [!NOTE]\n> "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"problem") : stack1), depth0)) != null ? stack1 : "")
    + ".\n";
},"120":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- ↩️ "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"number") : depth0),{"name":"if","hash":{},"fn":container.program(121, data, 0),"inverse":container.program(122, data, 0),"data":data,"loc":{"start":{"line":143,"column":5},"end":{"line":143,"column":142}}})) != null ? stack1 : "")
    + "\n";
},"121":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "#"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " reverts #"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"pr") : depth0), depth0)) != null ? stack1 : "");
},"122":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"problem") : depth0),{"name":"if","hash":{},"fn":container.program(123, data, 0),"inverse":container.program(124, data, 0),"data":data,"loc":{"start":{"line":143,"column":54},"end":{"line":143,"column":135}}})) != null ? stack1 : "");
},"123":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "No revert of #"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"pr") : depth0), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"problem") : depth0), depth0)) != null ? stack1 : "");
},"124":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Reverting #"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"pr") : depth0), depth0)) != null ? stack1 : "")
    + "…";
},"125":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Follow-ups\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"followupItems") : depth0),{"name":"each","hash":{},"fn":container.program(126, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":149,"column":0},"end":{"line":151,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"126":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"closed") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(127, data, 0),"data":data,"loc":{"start":{"line":150,"column":2},"end":{"line":150,"column":64}}})) != null ? stack1 : "")
    + " #"
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(129, data, 0),"inverse":container.program(131, data, 0),"data":data,"loc":{"start":{"line":150,"column":86},"end":{"line":150,"column":189}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"pr") : depth0),{"name":"if","hash":{},"fn":container.program(133, data, 0),"inverse":container.program(134, data, 0),"data":data,"loc":{"start":{"line":150,"column":189},"end":{"line":150,"column":408}}})) != null ? stack1 : "")
    + "\n";
},"127":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"overdue") : depth0),{"name":"if","hash":{},"fn":container.program(128, data, 0),"inverse":container.program(54, data, 0),"data":data,"loc":{"start":{"line":150,"column":25},"end":{"line":150,"column":57}}})) != null ? stack1 : "");
},"128":function(container,depth0,helpers,partials,data) {
    return "⏰";
},"129":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"owner") : depth0), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"due") : depth0),{"name":"if","hash":{},"fn":container.program(130, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":150,"column":110},"end":{"line":150,"column":141}}})) != null ? stack1 : "")
    + ")";
},"130":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", due "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"due") : depth0), depth0)) != null ? stack1 : "");
},"131":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"due") : depth0),{"name":"if","hash":{},"fn":container.program(132, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":150,"column":150},"end":{"line":150,"column":182}}})) != null ? stack1 : "");
},"132":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (due "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"due") : depth0), depth0)) != null ? stack1 : "")
    + ")";
},"133":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": done in [#"
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"pr") : depth0)) != null ? lookupProperty(stack1,"number") : stack1), depth0)) != null ? stack1 : "")
    + "]("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"pr") : depth0)) != null ? lookupProperty(stack1,"url") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"134":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"closed") : depth0),"done",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":150,"column":251},"end":{"line":150,"column":269}}}),{"name":"if","hash":{},"fn":container.program(135, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":150,"column":245},"end":{"line":150,"column":284}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"closed") : depth0),"not-planned",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":150,"column":290},"end":{"line":150,"column":315}}}),{"name":"if","hash":{},"fn":container.program(136, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":150,"column":284},"end":{"line":150,"column":337}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,(depth0 != null ? lookupProperty(depth0,"closed") : depth0),{"name":"unless","hash":{},"fn":container.program(137, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":150,"column":337},"end":{"line":150,"column":401}}})) != null ? stack1 : "");
},"135":function(container,depth0,helpers,partials,data) {
    return ": done";
},"136":function(container,depth0,helpers,partials,data) {
    return ": not planned";
},"137":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"overdue") : depth0),{"name":"if","hash":{},"fn":container.program(138, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":150,"column":355},"end":{"line":150,"column":390}}})) != null ? stack1 : "");
},"138":function(container,depth0,helpers,partials,data) {
    return ": **overdue**";
},"139":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Helping\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"helpers") : depth0),{"name":"each","hash":{},"fn":container.program(140, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":156,"column":0},"end":{"line":158,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"140":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"login") : depth0), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"what") : depth0),{"name":"if","hash":{},"fn":container.program(141, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":157,"column":16},"end":{"line":157,"column":45}}})) != null ? stack1 : "")
    + "\n";
},"141":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"what") : depth0), depth0)) != null ? stack1 : "");
},"142":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**Affected:** "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"affected") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"143":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- … "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"earlier") : depth0), depth0)) != null ? stack1 : "")
    + " earlier entries: see the comments above.\n";
},"144":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"time").call(alias1,(depth0 != null ? lookupProperty(depth0,"at") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":173,"column":2},"end":{"line":173,"column":13}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"by") : depth0), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"reported",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":28},"end":{"line":173,"column":48}}}),{"name":"if","hash":{},"fn":container.program(145, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":22},"end":{"line":173,"column":102}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"declared",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":108},"end":{"line":173,"column":128}}}),{"name":"if","hash":{},"fn":container.program(146, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":102},"end":{"line":173,"column":182}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"confirmed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":188},"end":{"line":173,"column":209}}}),{"name":"if","hash":{},"fn":container.program(147, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":182},"end":{"line":173,"column":238}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"lead",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":244},"end":{"line":173,"column":260}}}),{"name":"if","hash":{},"fn":container.program(148, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":238},"end":{"line":173,"column":344}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"update",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":350},"end":{"line":173,"column":368}}}),{"name":"if","hash":{},"fn":container.program(151, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":344},"end":{"line":173,"column":414}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"note",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":420},"end":{"line":173,"column":436}}}),{"name":"if","hash":{},"fn":container.program(152, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":414},"end":{"line":173,"column":460}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"status",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":466},"end":{"line":173,"column":484}}}),{"name":"if","hash":{},"fn":container.program(153, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":460},"end":{"line":173,"column":558}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"severity",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":564},"end":{"line":173,"column":584}}}),{"name":"if","hash":{},"fn":container.program(155, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":558},"end":{"line":173,"column":658}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"reopened",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":664},"end":{"line":173,"column":684}}}),{"name":"if","hash":{},"fn":container.program(156, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":658},"end":{"line":173,"column":752}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"retro",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":758},"end":{"line":173,"column":775}}}),{"name":"if","hash":{},"fn":container.program(157, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":752},"end":{"line":173,"column":821}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"followup",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":827},"end":{"line":173,"column":847}}}),{"name":"if","hash":{},"fn":container.program(158, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":821},"end":{"line":173,"column":893}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"join",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":899},"end":{"line":173,"column":915}}}),{"name":"if","hash":{},"fn":container.program(159, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":893},"end":{"line":173,"column":967}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"leave",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":973},"end":{"line":173,"column":990}}}),{"name":"if","hash":{},"fn":container.program(160, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":967},"end":{"line":173,"column":1009}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"public",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":1015},"end":{"line":173,"column":1033}}}),{"name":"if","hash":{},"fn":container.program(161, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":1009},"end":{"line":173,"column":1145}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"role",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":1151},"end":{"line":173,"column":1167}}}),{"name":"if","hash":{},"fn":container.program(164, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":1145},"end":{"line":173,"column":1254}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"task",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":1260},"end":{"line":173,"column":1276}}}),{"name":"if","hash":{},"fn":container.program(167, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":1254},"end":{"line":173,"column":1332}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"slack",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":1338},"end":{"line":173,"column":1355}}}),{"name":"if","hash":{},"fn":container.program(168, data, 0),"inverse":container.program(171, data, 0),"data":data,"loc":{"start":{"line":173,"column":1332},"end":{"line":173,"column":1575}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"written") : depth0),{"name":"if","hash":{},"fn":container.program(174, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":1575},"end":{"line":173,"column":1624}}})) != null ? stack1 : "")
    + "\n";
},"145":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "reported the incident (severity "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"severity") : depth0), depth0)) != null ? stack1 : "")
    + ")";
},"146":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "recorded the incident (severity "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"severity") : depth0), depth0)) != null ? stack1 : "")
    + ")";
},"147":function(container,depth0,helpers,partials,data) {
    return "confirmed the report";
},"148":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"lead") : depth0),(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":173,"column":268},"end":{"line":173,"column":280}}}),{"name":"if","hash":{},"fn":container.program(149, data, 0),"inverse":container.program(150, data, 0),"data":data,"loc":{"start":{"line":173,"column":262},"end":{"line":173,"column":337}}})) != null ? stack1 : "");
},"149":function(container,depth0,helpers,partials,data) {
    return "took the lead";
},"150":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "handed the lead to "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"lead") : depth0), depth0)) != null ? stack1 : "");
},"151":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "posted an [update]("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"url") : depth0), depth0)) != null ? stack1 : "")
    + "): "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "");
},"152":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "noted: "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "");
},"153":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "set the status to **"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"statusText") : depth0), depth0)) != null ? stack1 : "")
    + "**"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"if","hash":{},"fn":container.program(154, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":522},"end":{"line":173,"column":551}}})) != null ? stack1 : "");
},"154":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "");
},"155":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "changed the severity to "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"severity") : depth0), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"if","hash":{},"fn":container.program(154, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":622},"end":{"line":173,"column":651}}})) != null ? stack1 : "");
},"156":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "reopened it: it happened again"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"if","hash":{},"fn":container.program(154, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":716},"end":{"line":173,"column":745}}})) != null ? stack1 : "");
},"157":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "scheduled the retrospective: "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "");
},"158":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "opened follow-up #"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"issue") : depth0), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "");
},"159":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "joined to help"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"if","hash":{},"fn":container.program(154, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":931},"end":{"line":173,"column":960}}})) != null ? stack1 : "");
},"160":function(container,depth0,helpers,partials,data) {
    return "signed off";
},"161":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"text") : depth0),{"name":"if","hash":{},"fn":container.program(162, data, 0),"inverse":container.program(163, data, 0),"data":data,"loc":{"start":{"line":173,"column":1035},"end":{"line":173,"column":1138}}})) != null ? stack1 : "");
},"162":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "decided not to post publicly on Make: "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "");
},"163":function(container,depth0,helpers,partials,data) {
    return "asked for the public Make post";
},"164":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"holder") : depth0),{"name":"if","hash":{},"fn":container.program(165, data, 0),"inverse":container.program(166, data, 0),"data":data,"loc":{"start":{"line":173,"column":1169},"end":{"line":173,"column":1247}}})) != null ? stack1 : "");
},"165":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "made "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"holder") : depth0), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"role") : depth0), depth0)) != null ? stack1 : "");
},"166":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "cleared the "
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"role") : depth0), depth0)) != null ? stack1 : "")
    + " role";
},"167":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "delegated task "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"task") : depth0), depth0)) != null ? stack1 : "")
    + " to "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"holder") : depth0), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "");
},"168":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"deleted") : depth0),{"name":"if","hash":{},"fn":container.program(169, data, 0),"inverse":container.program(170, data, 0),"data":data,"loc":{"start":{"line":173,"column":1357},"end":{"line":173,"column":1469}}})) != null ? stack1 : "");
},"169":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "wrote in [Slack]("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"url") : depth0), depth0)) != null ? stack1 : "")
    + ") (deleted there since)";
},"170":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "wrote in [Slack]("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"url") : depth0), depth0)) != null ? stack1 : "")
    + "): "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "");
},"171":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"fromSlack") : depth0),{"name":"if","hash":{},"fn":container.program(172, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":1477},"end":{"line":173,"column":1568}}})) != null ? stack1 : "");
},"172":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (from [Slack]("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"url") : depth0), depth0)) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"deleted") : depth0),{"name":"if","hash":{},"fn":container.program(173, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":173,"column":1517},"end":{"line":173,"column":1560}}})) != null ? stack1 : "")
    + ")";
},"173":function(container,depth0,helpers,partials,data) {
    return ", deleted there since";
},"174":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (written "
    + ((stack1 = lookupProperty(helpers,"time").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"written") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":173,"column":1600},"end":{"line":173,"column":1616}}})) != null ? stack1 : "")
    + ")";
},"175":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- `"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"usage") : depth0), depth0)) != null ? stack1 : "")
    + "`: "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"summary") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"open") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":3},"end":{"line":1,"column":33}}})) != null ? stack1 : "")
    + " Incident card: "
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"statusText") : depth0), depth0)) != null ? stack1 : "")
    + "\n\n| | |\n|---|---|\n| **Status** | "
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"statusText") : depth0), depth0)) != null ? stack1 : "")
    + " |\n| **Severity** | "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"level") : stack1), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"severity") : depth0)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + " |\n| **Lead** | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":13},"end":{"line":7,"column":265}}})) != null ? stack1 : "")
    + " |\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"roles") : depth0),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":9,"column":16}}})) != null ? stack1 : "")
    + "| **Recorded** | "
    + ((stack1 = lookupProperty(helpers,"time").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"times") : depth0)) != null ? lookupProperty(stack1,"reported") : stack1),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":9,"column":33},"end":{"line":9,"column":56}}})) != null ? stack1 : "")
    + " by "
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"recorder") : depth0), depth0)) != null ? stack1 : "")
    + " |\n| **Slack** | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"slack") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":10,"column":14},"end":{"line":10,"column":89}}})) != null ? stack1 : "")
    + " |\n| **P2** | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":11,"column":11},"end":{"line":11,"column":81}}})) != null ? stack1 : "")
    + " |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"retro") : depth0)) != null ? lookupProperty(stack1,"number") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"followups") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":7},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"code") : depth0),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":7},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"pages") : depth0),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":7},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + "| **Make** | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"links") : depth0)) != null ? lookupProperty(stack1,"make") : stack1),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.program(32, data, 0),"data":data,"loc":{"start":{"line":16,"column":22},"end":{"line":16,"column":598}}})) != null ? stack1 : "")
    + " |\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"hasFailures") : depth0),{"name":"if","hash":{},"fn":container.program(38, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":28,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"unpublishedEdit") : depth0),{"name":"if","hash":{},"fn":container.program(45, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"reportProblem") : depth0),{"name":"if","hash":{},"fn":container.program(46, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"sweepLate") : depth0),{"name":"if","hash":{},"fn":container.program(47, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":43,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"pages") : depth0),{"name":"each","hash":{},"fn":container.program(48, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":48,"column":16}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"code") : depth0)) != null ? lookupProperty(stack1,"problem") : stack1),{"name":"if","hash":{},"fn":container.program(50, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":53,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"project") : depth0)) != null ? lookupProperty(stack1,"problem") : stack1),{"name":"if","hash":{},"fn":container.program(51, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":58,"column":7}}})) != null ? stack1 : "")
    + "\n### Now\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"reported",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":61,"column":6},"end":{"line":61,"column":28}}}),{"name":"if","hash":{},"fn":container.program(52, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":63,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"recorded",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":64,"column":6},"end":{"line":64,"column":28}}}),{"name":"if","hash":{},"fn":container.program(53, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":78,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"or").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"stabilized",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":79,"column":10},"end":{"line":79,"column":34}}}),lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"investigating",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":79,"column":35},"end":{"line":79,"column":62}}}),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":79,"column":6},"end":{"line":79,"column":63}}}),{"name":"if","hash":{},"fn":container.program(63, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":79,"column":0},"end":{"line":82,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"resolved",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":83,"column":6},"end":{"line":83,"column":28}}}),{"name":"if","hash":{},"fn":container.program(64, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":83,"column":0},"end":{"line":94,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"reviewed",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":95,"column":6},"end":{"line":95,"column":28}}}),{"name":"if","hash":{},"fn":container.program(86, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":95,"column":0},"end":{"line":97,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"or").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"triage") : depth0)) != null ? lookupProperty(stack1,"links") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"triage") : depth0)) != null ? lookupProperty(stack1,"provider") : stack1),(depth0 != null ? lookupProperty(depth0,"slackOn") : depth0),{"name":"or","hash":{},"data":data,"loc":{"start":{"line":99,"column":6},"end":{"line":99,"column":54}}}),{"name":"if","hash":{},"fn":container.program(87, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":99,"column":0},"end":{"line":111,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"tasks") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(99, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":112,"column":0},"end":{"line":120,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"changes") : depth0),{"name":"if","hash":{},"fn":container.program(104, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":121,"column":0},"end":{"line":146,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"followupItems") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(125, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":147,"column":0},"end":{"line":153,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"helpers") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(139, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":154,"column":0},"end":{"line":160,"column":7}}})) != null ? stack1 : "")
    + "### Summary\n"
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"summary") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"declaration") : depth0)) != null ? lookupProperty(stack1,"affected") : stack1),{"name":"if","hash":{},"fn":container.program(142, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":163,"column":0},"end":{"line":166,"column":7}}})) != null ? stack1 : "")
    + "\n### Timeline (UTC)\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"earlier") : depth0),{"name":"if","hash":{},"fn":container.program(143, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":169,"column":0},"end":{"line":171,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"timeline") : depth0),{"name":"each","hash":{},"fn":container.program(144, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":172,"column":0},"end":{"line":174,"column":9}}})) != null ? stack1 : "")
    + "\n<details><summary>Commands</summary>\n\nComment one of these on its own first line; the text after it may span lines.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"commands") : depth0),{"name":"each","hash":{},"fn":container.program(175, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":180,"column":0},"end":{"line":182,"column":9}}})) != null ? stack1 : "")
    + "</details>\n";
},"useData":true}
