global using System.Net;
global using Ctg.Host.Tests.Infrastructure;
global using Xunit;
