// GovOpen.Umbraco: the plugin is built under issue #5.
namespace GovOpen.Umbraco;
