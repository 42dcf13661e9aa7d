/**
 * Evaluation readiness (评估准备度) site dashlet.
 *
 * Asks the Station Archives platform service, through the Share remote endpoint "swarchive"
 * (META-INF/share-config-custom.xml), for GET /api/v1/stations/{station}/readiness and prepares the
 * score, the grade and the most overdue gaps. The station is the site's short name unless the
 * dashlet is given a "station" argument. When the service is down or answers with an error the
 * model carries a readable message instead (model.error).
 *
 * Settings: config "StationArchives" / readiness (extension module swarchive-share-extension.xml).
 */

var DEFAULT_ENDPOINT = "swarchive";
var DEFAULT_MAX_GAPS = 5;

function settings()
{
   var result = { endpoint: DEFAULT_ENDPOINT, maxGaps: DEFAULT_MAX_GAPS },
      scoped = config.scoped["StationArchives"],
      readiness = scoped ? scoped["readiness"] : null;
   if (readiness)
   {
      var endpoint = readiness.getChildValue("endpoint"),
         maxGaps = parseInt(readiness.getChildValue("max-gaps"), 10);
      if (endpoint)
      {
         result.endpoint = String(endpoint);
      }
      if (!isNaN(maxGaps) && maxGaps > 0)
      {
         result.maxGaps = maxGaps;
      }
   }
   return result;
}

/** A number as the dashlet shows it: at most one decimal, no grouping ("87.5", "100"). */
function formatNumber(n)
{
   var rounded = Math.round(n * 10) / 10;
   return (rounded % 1 === 0) ? rounded.toFixed(0) : rounded.toFixed(1);
}

function isNumber(n)
{
   return typeof n === "number" && isFinite(n);
}

/** The label of a grade or anything localised: a string, or {"zh-CN": ..., "en": ...}. */
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

function docTypeLabel(id)
{
   var key = "doctype." + id,
      label = msg.get(key);
   return (label && label != key) ? String(label) : String(id);
}

/** Most overdue first; gaps that are not overdue after them, earliest due date first. */
function byUrgency(a, b)
{
   var oa = isNumber(a.overdueDays) ? a.overdueDays : -1,
      ob = isNumber(b.overdueDays) ? b.overdueDays : -1;
   if (oa != ob)
   {
      return ob - oa;
   }
   var da = String(a.due || ""), db = String(b.due || "");
   return da < db ? -1 : (da > db ? 1 : 0);
}

function readinessModel(data, maxGaps)
{
   var gaps = (data.gaps instanceof Array) ? data.gaps.slice(0) : [],
      shown = [],
      total = isNumber(data.total) && data.total > 0 ? data.total : 100,
      score = Math.max(0, Math.min(data.score, total));
   gaps.sort(byUrgency);
   for (var i = 0; i < gaps.length && i < maxGaps; i++)
   {
      var gap = gaps[i];
      shown.push(
      {
         indicator: String(gap.indicator || ""),
         docType: docTypeLabel(gap.docType || ""),
         period: String(gap.period || ""),
         subject: gap.subject ? String(gap.subject) : "",
         due: String(gap.due || ""),
         overdueDays: isNumber(gap.overdueDays) && gap.overdueDays > 0 ? formatNumber(gap.overdueDays) : ""
      });
   }
   return {
      framework: String(data.framework || ""),
      period: String(data.period || ""),
      score: formatNumber(score),
      total: formatNumber(total),
      percent: formatNumber(score * 100 / total),
      grade: data.grade ? localised(data.grade.label) : "",
      gapCount: gaps.length,
      gaps: shown,
      moreGaps: gaps.length - shown.length
   };
}

function fetchReadiness(endpoint, station, maxGaps)
{
   var uri = "/api/v1/stations/" + encodeURIComponent(station) + "/readiness",
      response;
   try
   {
      response = remote.connect(endpoint).get(uri);
   }
   catch (e)
   {
      return { error: { key: "error.unavailable", arg: "" } };
   }
   var code = response.status.code;
   if (code == 200)
   {
      var data;
      try
      {
         data = JSON.parse(String(response.response));
      }
      catch (e)
      {
         data = null;
      }
      if (!data || !isNumber(data.score))
      {
         return { error: { key: "error.badResponse", arg: "" } };
      }
      return { readiness: readinessModel(data, maxGaps) };
   }
   if (code == 404)
   {
      return { error: { key: "error.unknownStation", arg: String(station) } };
   }
   if (code <= 0 || code >= 500)
   {
      return { error: { key: "error.unavailable", arg: "" } };
   }
   return { error: { key: "error.failed", arg: String(code) } };
}

function main()
{
   var station = args.station || (page.url.templateArgs.site || ""),
      s = settings(),
      result;
   model.station = String(station);
   if (!station)
   {
      result = { error: { key: "error.noStation", arg: "" } };
   }
   else
   {
      result = fetchReadiness(s.endpoint, station, s.maxGaps);
   }
   if (result.error)
   {
      model.error = result.error;
   }
   else
   {
      model.readiness = result.readiness;
   }

   // Widget instantiation metadata: the stock dashlet resizer and help bubble.
   var dashletResizer =
   {
      id: "DashletResizer",
      name: "Alfresco.widget.DashletResizer",
      initArgs: ["\"" + args.htmlid + "\"", "\"" + instance.object.id + "\""],
      useMessages: false
   };
   var dashletTitleBarActions =
   {
      id: "DashletTitleBarActions",
      name: "Alfresco.widget.DashletTitleBarActions",
      useMessages: false,
      options:
      {
         actions: [
         {
            cssClass: "help",
            bubbleOnClick:
            {
               message: msg.get("dashlet.help")
            },
            tooltip: msg.get("dashlet.help.tooltip")
         }]
      }
   };
   model.widgets = [dashletResizer, dashletTitleBarActions];
}

main();
