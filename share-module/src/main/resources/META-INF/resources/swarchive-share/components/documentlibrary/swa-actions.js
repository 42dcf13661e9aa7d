/**
 * Station Archives Document Library actions (share-config-custom.xml, DocLibActions):
 * "File now" (onActionSwaFileNow) and "Check readiness" (onActionSwaCheckReadiness).
 *
 * Each posts the node to this module's Share web script named by the action's "webscript" param;
 * the web script calls the platform service through the "swarchive" remote endpoint (so the
 * browser never needs to reach the platform) and answers { ok, message } in the user's language.
 */
(function()
{
   function run(record, action)
   {
      var scope = this,
         displayName = record.displayName;
      Alfresco.util.Ajax.jsonPost(
      {
         url: Alfresco.constants.URL_SERVICECONTEXT + action.params.webscript,
         dataObj: { nodeRef: record.nodeRef },
         successCallback:
         {
            fn: function(response)
            {
               var result = response.json || {};
               Alfresco.util.PopupManager.displayPrompt({ title: displayName, text: result.message });
               if (result.ok)
               {
                  YAHOO.Bubbling.fire("metadataRefresh");
               }
            },
            scope: scope
         },
         failureCallback:
         {
            fn: function(response)
            {
               var result = response.json || {};
               Alfresco.util.PopupManager.displayPrompt({ title: displayName, text: result.message || response.serverResponse.statusText });
            },
            scope: scope
         }
      });
   }

   YAHOO.Bubbling.fire("registerAction", { actionName: "onActionSwaFileNow", fn: function(record, owner) { run.call(this, record, this.getAction(record, owner)); } });
   YAHOO.Bubbling.fire("registerAction", { actionName: "onActionSwaCheckReadiness", fn: function(record, owner) { run.call(this, record, this.getAction(record, owner)); } });
})();
