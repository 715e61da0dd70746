module {
  func.func @main(%arg0: !torch.vtensor<[2,8,6,6],f32>) -> !torch.vtensor<[2,8,12,12],f32> {
    %0 = torch.vtensor.literal(dense_resource<torch_tensor_8_8_1_1_torch.float32> : tensor<8x8x1x1xf32>) : !torch.vtensor<[8,8,1,1],f32>
    %1 = torch.vtensor.literal(dense_resource<torch_tensor_8_torch.float32> : tensor<8xf32>) : !torch.vtensor<[8],f32>
    %int1 = torch.constant.int 1
    %int1_0 = torch.constant.int 1
    %2 = torch.prim.ListConstruct %int1, %int1_0 : (!torch.int, !torch.int) -> !torch.list<int>
    %int0 = torch.constant.int 0
    %int0_1 = torch.constant.int 0
    %3 = torch.prim.ListConstruct %int0, %int0_1 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_2 = torch.constant.int 1
    %int1_3 = torch.constant.int 1
    %4 = torch.prim.ListConstruct %int1_2, %int1_3 : (!torch.int, !torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %int0_4 = torch.constant.int 0
    %int0_5 = torch.constant.int 0
    %5 = torch.prim.ListConstruct %int0_4, %int0_5 : (!torch.int, !torch.int) -> !torch.list<int>
    %int1_6 = torch.constant.int 1
    %6 = torch.aten.convolution %arg0, %0, %1, %2, %3, %4, %false, %5, %int1_6 : !torch.vtensor<[2,8,6,6],f32>, !torch.vtensor<[8,8,1,1],f32>, !torch.vtensor<[8],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[2,8,6,6],f32>
    %none = torch.constant.none
    %false_7 = torch.constant.bool false
    %float2.000000e00 = torch.constant.float 2.000000e+00
    %float2.000000e00_8 = torch.constant.float 2.000000e+00
    %7 = torch.prim.ListConstruct %float2.000000e00, %float2.000000e00_8 : (!torch.float, !torch.float) -> !torch.list<float>
    %8 = torch.aten.upsample_bilinear2d.vec %6, %none, %false_7, %7 : !torch.vtensor<[2,8,6,6],f32>, !torch.none, !torch.bool, !torch.list<float> -> !torch.vtensor<[2,8,12,12],f32>
    return %8 : !torch.vtensor<[2,8,12,12],f32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_8_1_1_torch.float32: "0x040000000CF6513E29357BBE6E47BF3D30E661BE9453AE3E382712BE017E963A3BF0413E66CDA3BDF1DDCA3D6FBAA4BCEF328E3ED12684BBCCC38D3E8FD150BE631B18BEB342483EBA130ABE46DE39BDF71662BE1F4A603EC21A6CBECCFB7A3E8B6667BEA1EF1E3C4C97B23EAD6EA5BE8A2397BE6789833EE4BB9F3E496AD3BDAA23933E97FDB4BEB912A63EC2848FBE92DBC73D2AF652BD7A65963D2F0FD23D513F9C3E7EB3533ED17F553C9F3C01BEC8458A3EF5CA68BADD0C843E58C538BE3A8B21BDCB80393ED976A23E1FDDA93DEE22A73E2331893E2B51B43DA7A6A83E2D6AA5BE3F2FA6BECC72453E942E843ED9B1723D1627A53E4A12063E20F0033E061C0C3E",
      torch_tensor_8_torch.float32: "0x04000000E94A743D66B89CBE5050E1BD4A5EAB3E23D989BED685CF3D7C7B2B3D788659BD"
    }
  }
#-}
