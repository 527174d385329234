{"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"level") : depth0), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"name") : depth0), depth0)) != null ? stack1 : "")
    + ") | "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"count") : depth0), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"open") : depth0), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"medianToDetect") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":8,"column":48},"end":{"line":8,"column":75}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"medianImpact") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":8,"column":78},"end":{"line":8,"column":103}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"medianToLead") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":8,"column":106},"end":{"line":8,"column":131}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"medianToStabilize") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":8,"column":134},"end":{"line":8,"column":164}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"medianToResolve") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":8,"column":167},"end":{"line":8,"column":195}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"retrosPending") : depth0), depth0)) != null ? stack1 : "")
    + " |\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n```mermaid\npie title Incidents by severity\n"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"chart") : depth0), depth0)) != null ? stack1 : "")
    + "\n```\n\n| Incident | Severity | Status | To detect | Impact | To lead | To stabilize | To resolve |\n|---|---|---|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"incidents") : depth0),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "\n### Who led\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"leads") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| [#"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + "]("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"url") : depth0), depth0)) != null ? stack1 : "")
    + ") "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"severity") : depth0), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"status") : depth0), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"toDetect") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":22,"column":65},"end":{"line":22,"column":86}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"impact") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":22,"column":89},"end":{"line":22,"column":108}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"toLead") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":22,"column":111},"end":{"line":22,"column":130}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"toStabilize") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":22,"column":133},"end":{"line":22,"column":157}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"duration").call(alias2,(depth0 != null ? lookupProperty(depth0,"toResolve") : depth0),{"name":"duration","hash":{},"data":data,"loc":{"start":{"line":22,"column":160},"end":{"line":22,"column":182}}})) != null ? stack1 : "")
    + " |\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| Lead | Incidents led |\n|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"leads") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":9}}})) != null ? stack1 : "")
    + "\n_The runbook asks to rotate who leads: spread the load._\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"login") : depth0), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"count") : depth0), depth0)) != null ? stack1 : "")
    + " |\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "No incident in this period had a lead.\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n### Overdue follow-ups\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"overdue") : depth0),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":46,"column":9}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- [#"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + "]("
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"url") : depth0), depth0)) != null ? stack1 : "")
    + ") "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"items") : depth0),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":45,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  - #"
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"number") : depth0), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"title") : depth0), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":25},"end":{"line":44,"column":57}}})) != null ? stack1 : "")
    + ": due "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"due") : depth0), depth0)) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"owner") : depth0), depth0)) != null ? stack1 : "")
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Incidents from "
    + ((stack1 = lookupProperty(helpers,"time").call(alias1,(depth0 != null ? lookupProperty(depth0,"from") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":1,"column":18},"end":{"line":1,"column":31}}})) != null ? stack1 : "")
    + " to "
    + ((stack1 = lookupProperty(helpers,"time").call(alias1,(depth0 != null ? lookupProperty(depth0,"to") : depth0),{"name":"time","hash":{},"data":data,"loc":{"start":{"line":1,"column":35},"end":{"line":1,"column":46}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"total") : depth0), depth0)) != null ? stack1 : "")
    + " incident(s) · "
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"openFollowups") : depth0), depth0)) != null ? stack1 : "")
    + " open follow-up issue(s) · "
    + ((stack1 = alias2((depth0 != null ? lookupProperty(depth0,"retrosPending") : depth0), depth0)) != null ? stack1 : "")
    + " retrospective(s) pending\n\n| Severity | Incidents | Still open | Median time to detect | impact | to lead | to stabilize | to resolve | Retros pending |\n|---|---|---|---|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"severities") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "\n_Time to detect: from when impact started (the form's \"When it started\", when it gives a time) to the incident being recorded. Impact: from that start to stabilized._\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"total") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"overdue") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":47,"column":7}}})) != null ? stack1 : "");
},"useData":true}
