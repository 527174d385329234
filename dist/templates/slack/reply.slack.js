{"0":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"update",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":1,"column":21},"end":{"line":1,"column":39}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":15},"end":{"line":2,"column":18}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"note",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":2,"column":24},"end":{"line":2,"column":40}}}),{"name":"if","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":18},"end":{"line":3,"column":18}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"lead",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":3,"column":24},"end":{"line":3,"column":40}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":18},"end":{"line":3,"column":105}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"status",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":3,"column":111},"end":{"line":3,"column":129}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":105},"end":{"line":4,"column":25}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"severity",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":31},"end":{"line":4,"column":51}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":25},"end":{"line":4,"column":157}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"join",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":163},"end":{"line":4,"column":179}}}),{"name":"if","hash":{},"fn":container.program(10, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":157},"end":{"line":4,"column":303}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"leave",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":309},"end":{"line":4,"column":326}}}),{"name":"if","hash":{},"fn":container.program(12, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":303},"end":{"line":4,"column":405}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"public",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":411},"end":{"line":4,"column":429}}}),{"name":"if","hash":{},"fn":container.program(14, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":405},"end":{"line":4,"column":608}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"reopened",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":4,"column":614},"end":{"line":4,"column":634}}}),{"name":"if","hash":{},"fn":container.program(17, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":608},"end":{"line":5,"column":25}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"role",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":5,"column":31},"end":{"line":5,"column":47}}}),{"name":"if","hash":{},"fn":container.program(18, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":25},"end":{"line":5,"column":170}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"kind") : depth0),"task",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":5,"column":176},"end":{"line":5,"column":192}}}),{"name":"if","hash":{},"fn":container.program(21, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":170},"end":{"line":5,"column":259}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":memo: *Update* from "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":1,"column":62},"end":{"line":1,"column":76}}})) != null ? stack1 : "")
    + ":\n"
    + ((stack1 = container.lambda((depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":pushpin: *Note* from "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":2,"column":64},"end":{"line":2,"column":78}}})) != null ? stack1 : "")
    + ":\n"
    + ((stack1 = container.lambda((depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":raising_hand: "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":3,"column":57},"end":{"line":3,"column":73}}})) != null ? stack1 : "")
    + " now leads this incident.";
},"4":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(helpers,"eq").call(alias1,(depth0 != null ? lookupProperty(depth0,"status") : depth0),"resolved",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":3,"column":137},"end":{"line":3,"column":159}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0, blockParams, depths),"inverse":container.program(6, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":3,"column":131},"end":{"line":3,"column":213}}})) != null ? stack1 : "")
    + " *"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"statusText") : depth0), depth0)) != null ? stack1 : "")
    + "* ("
    + ((stack1 = lookupProperty(helpers,"mention").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":3,"column":232},"end":{"line":3,"column":246}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":247},"end":{"line":4,"column":18}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return ":white_check_mark:";
},"6":function(container,depth0,helpers,partials,data) {
    return ":large_blue_circle:";
},"7":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":\n"
    + ((stack1 = container.lambda((depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]), depth0)) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":warning: Severity changed to *"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"severity") : depth0), depth0)) != null ? stack1 : "")
    + "* by "
    + ((stack1 = lookupProperty(helpers,"mention").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":4,"column":101},"end":{"line":4,"column":115}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":115},"end":{"line":4,"column":150}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ": "
    + ((stack1 = container.lambda((depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]), depth0)) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":wave: "
    + ((stack1 = lookupProperty(helpers,"mention").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":4,"column":188},"end":{"line":4,"column":202}}})) != null ? stack1 : "")
    + " joined to help"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]),{"name":"if","hash":{},"fn":container.program(9, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":217},"end":{"line":4,"column":252}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":252},"end":{"line":4,"column":296}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":4,"column":266},"end":{"line":4,"column":282}}})) != null ? stack1 : "")
    + " leads)";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":wave: "
    + ((stack1 = lookupProperty(helpers,"mention").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":4,"column":335},"end":{"line":4,"column":349}}})) != null ? stack1 : "")
    + " signed off"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":360},"end":{"line":4,"column":398}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"lead") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":4,"column":374},"end":{"line":4,"column":390}}})) != null ? stack1 : "")
    + ")";
},"14":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]),{"name":"if","hash":{},"fn":container.program(15, data, 0, blockParams, depths),"inverse":container.program(16, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":4,"column":431},"end":{"line":4,"column":601}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":no_entry_sign: "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":4,"column":462},"end":{"line":4,"column":476}}})) != null ? stack1 : "")
    + " decided not to post publicly on Make: "
    + ((stack1 = container.lambda((depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]), depth0)) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":loudspeaker: "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":4,"column":548},"end":{"line":4,"column":562}}})) != null ? stack1 : "")
    + " asked for the public Make post.";
},"17":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":rotating_light: *It happened again.* Back to stabilization pending ("
    + ((stack1 = lookupProperty(helpers,"mention").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":4,"column":705},"end":{"line":4,"column":719}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depths[1] != null ? lookupProperty(depths[1],"text") : depths[1]),{"name":"if","hash":{},"fn":container.program(7, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":720},"end":{"line":5,"column":18}}})) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":label: "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"holder") : depth0),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(20, data, 0),"data":data,"loc":{"start":{"line":5,"column":57},"end":{"line":5,"column":146}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = lookupProperty(helpers,"mention").call(alias1,(depth0 != null ? lookupProperty(depth0,"by") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":5,"column":148},"end":{"line":5,"column":162}}})) != null ? stack1 : "")
    + ")";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"holder") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":5,"column":71},"end":{"line":5,"column":89}}})) != null ? stack1 : "")
    + " is now *"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"role") : depth0), depth0)) != null ? stack1 : "")
    + "*";
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Nobody is *"
    + ((stack1 = container.lambda((depth0 != null ? lookupProperty(depth0,"role") : depth0), depth0)) != null ? stack1 : "")
    + "* now";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ":clipboard: Task "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"task") : depth0), depth0)) != null ? stack1 : "")
    + " for "
    + ((stack1 = lookupProperty(helpers,"mention").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"holder") : depth0),{"name":"mention","hash":{},"data":data,"loc":{"start":{"line":5,"column":224},"end":{"line":5,"column":242}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1((depth0 != null ? lookupProperty(depth0,"text") : depth0), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"entry") : depth0),{"name":"with","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":5,"column":268}}})) != null ? stack1 : "")
    + "\n";
},"useData":true,"useDepths":true}
