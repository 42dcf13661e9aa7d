<import resource="classpath:alfresco/web-extension/site-webscripts/org/swarchive/swa-localised.lib.js">
/**
 * POST /share/service/swarchive/actions/{action} with { "nodeRef": "workspace://SpacesStore/<id>" }
 * (from the Document Library actions in META-INF/share-config-custom.xml, via swa-actions.js).
 *
 * Calls the Station Archives platform service through the "swarchive" remote endpoint and answers
 * { ok, message } in the user's language; a refusal or an unreachable service is a message too,
 * so the action always has something to show. The platform's own message, when it sends one
 * ({"message": {"zh-CN": ..., "en": ...}}), is shown after ours.
 */

/** The two actions and the platform request each makes, {id} standing for the node's id. */
var ACTIONS =
{
   "file-now": "/api/v1/nodes/{id}/file",
   "check-readiness": "/api/v1/nodes/{id}/readiness-check"
};
var ENDPOINT = "swarchive";
var NODE_REF = /^workspace:\/\/SpacesStore\/([A-Za-z0-9-]+)$/;

function outcome(action, nodeRef)
{
   var path = ACTIONS[action],
      match = nodeRef ? NODE_REF.exec(nodeRef) : null,
      response;
   if (!path)
   {
      return { ok: false, message: msg.get("error.unknownAction") };
   }
   if (!match)
   {
      return { ok: false, message: msg.get("error.badNode") };
   }
   try
   {
      response = remote.connect(ENDPOINT).post(path.replace("{id}", match[1]), "{}", "application/json");
   }
   catch (e)
   {
      return { ok: false, message: msg.get("error.unavailable") };
   }
   var code = response.status.code,
      detail = "";
   try
   {
      detail = localised(JSON.parse(String(response.response)).message);
   }
   catch (e)
   {
      detail = "";
   }
   var suffix = detail ? " " + detail : "";
   if (code >= 200 && code < 300)
   {
      return { ok: true, message: msg.get("done." + action) + suffix };
   }
   if (code == 401)
   {
      return { ok: false, message: msg.get("error.signIn") + suffix };
   }
   if (code == 403)
   {
      return { ok: false, message: msg.get("error.forbidden." + action) + suffix };
   }
   if (code == 404)
   {
      return { ok: false, message: msg.get("error.notFound") + suffix };
   }
   if (code == 409 || code == 422)
   {
      return { ok: false, message: msg.get("error.refused." + action) + suffix };
   }
   if (code <= 0 || code >= 500)
   {
      return { ok: false, message: msg.get("error.unavailable") };
   }
   return { ok: false, message: msg.get("error.failed").replace("{0}", String(code)) + suffix };
}

function main()
{
   var action = String(url.templateArgs.action || ""),
      nodeRef = json.has("nodeRef") ? String(json.get("nodeRef")) : "",
      result = outcome(action, nodeRef);
   model.ok = result.ok;
   model.message = result.message;
}

main();
