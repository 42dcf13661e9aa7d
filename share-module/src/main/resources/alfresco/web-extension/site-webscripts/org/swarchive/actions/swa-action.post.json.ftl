<#escape x as jsonUtils.encodeJSONString(x)>
{
   "ok": ${ok?string("true", "false")},
   "message": "${message}"
}
</#escape>
