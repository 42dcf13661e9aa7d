<#-- Evaluation readiness (评估准备度) site dashlet. Model: swa-readiness.get.js -->
<#assign el=args.htmlid?html>

<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/swarchive-share/components/dashlets/swa-readiness.css" group="dashlets"/>
</@>

<@markup id="js">
   <#-- No JavaScript dependencies: the stock dashlet widgets only -->
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet swa-readiness">
         <div class="title">${msg("header.readiness")}</div>
         <div class="body scrollableList" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
            <div class="dashlet-padding">
            <#if error??>
               <div class="swa-readiness-error" role="alert">
                  <p>${msg(error.key, error.arg)?html}</p>
                  <p class="swa-readiness-hint">${msg("error.hint")?html}</p>
               </div>
            <#else>
               <div class="swa-readiness-summary">
                  <span class="swa-readiness-score">${readiness.score?html}</span>
                  <span class="swa-readiness-total">/ ${readiness.total?html}</span>
                  <#if readiness.grade?has_content>
                  <span class="swa-readiness-grade" title="${msg("label.grade")?html}">${readiness.grade?html}</span>
                  </#if>
               </div>
               <div class="swa-readiness-bar" title="${readiness.percent?html}%"><span style="width: ${readiness.percent?html}%;"></span></div>
               <p class="swa-readiness-meta">${msg("label.frameworkPeriod", readiness.framework, readiness.period)?html}</p>
               <#if readiness.gapCount == 0>
               <p class="swa-readiness-none">${msg("label.noGaps")?html}</p>
               <#else>
               <h3>${msg("label.gaps", readiness.gapCount)?html}</h3>
               <table class="swa-readiness-gaps">
                  <thead>
                     <tr>
                        <th>${msg("label.indicator")?html}</th>
                        <th>${msg("label.docType")?html}</th>
                        <th>${msg("label.period")?html}</th>
                        <th>${msg("label.due")?html}</th>
                        <th>${msg("label.overdue")?html}</th>
                     </tr>
                  </thead>
                  <tbody>
                  <#list readiness.gaps as gap>
                     <tr class="swa-readiness-gap<#if gap.overdueDays?has_content> overdue</#if>">
                        <td>${gap.indicator?html}</td>
                        <td>${gap.docType?html}<#if gap.subject?has_content> <span class="swa-readiness-subject">(${gap.subject?html})</span></#if></td>
                        <td>${gap.period?html}</td>
                        <td>${gap.due?html}</td>
                        <td><#if gap.overdueDays?has_content>${msg("label.overdueDays", gap.overdueDays)?html}<#else>${msg("label.notOverdue")?html}</#if></td>
                     </tr>
                  </#list>
                  </tbody>
               </table>
               <#if (readiness.moreGaps > 0)>
               <p class="swa-readiness-more">${msg("label.moreGaps", readiness.moreGaps)?html}</p>
               </#if>
               </#if>
            </#if>
            </div>
         </div>
      </div>
   </@>
</@>
