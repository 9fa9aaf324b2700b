global using Ctg.Sdk;
