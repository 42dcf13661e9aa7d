/**
 * Shared by the Station Archives web script controllers (imported with <import resource="classpath:...">).
 *
 * The label of anything the platform localises: a string, or {"zh-CN": ..., "en": ...} in the
 * language of the controller's bundle (its "label.lang" message).
 */
function localised(value)
{
   if (value === null || value === undefined)
   {
      return "";
   }
   if (typeof value === "object")
   {
      var lang = msg.get("label.lang");
      return String(value[lang] || value["zh-CN"] || value.en || "");
   }
   return String(value);
}
